package io.trendscout.tiktok.stats;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims a job's slot: the first replica to insert (job, slot) runs it, every other one skips it. */
@Repository
class JobRuns {

    private final JdbcClient jdbc;

    JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean claim(String job, Instant slot, String replica) {
        return jdbc.sql("insert into job_run (job, slot, claimed_by, started_at) values (?, ?, ?, now()) on conflict do nothing")
                .params(job, Timestamp.from(slot), replica).update() == 1;
    }

    void finish(String job, Instant slot, int accounts, int failures) {
        jdbc.sql("update job_run set finished_at = now(), accounts = ?, failures = ? where job = ? and slot = ?")
                .params(accounts, failures, job, Timestamp.from(slot)).update();
    }
}
