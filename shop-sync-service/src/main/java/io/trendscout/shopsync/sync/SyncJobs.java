package io.trendscout.shopsync.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.shopsync.channel.ChannelPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sync_jobs table: queue, lease-based ownership (a crashed replica's job is taken over once
 * its lease runs out), checkpoint (cursor + pages + counts) and the log.
 */
@Repository
class SyncJobs {

    record Counts(int seen, int created, int updated, int deleted, int failed) {
    }

    private final JdbcClient jdbc;

    SyncJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new queued job, or empty when the connection already has one queued or running (or was just deleted). */
    Optional<UUID> enqueue(UUID connectionId, UUID ownerId, SyncMode mode, String trigger, Instant updatedAfter) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into sync_jobs (id, connection_id, owner_id, mode, trigger_source, status, updated_after, run_after, created_at)
                select ?::uuid, id, ?::uuid, ?, ?, 'QUEUED', ?::timestamptz, now(), now() from connections where id = ?
                on conflict (connection_id) where status in ('QUEUED', 'RUNNING') do nothing""")
                .params(id, ownerId, mode.id(), trigger, updatedAfter == null ? null : Timestamp.from(updatedAfter), connectionId)
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    Optional<Job> claim(Duration lease) {
        return jdbc.sql("""
                update sync_jobs set status = 'RUNNING', lease_token = ?, lease_until = now() + ?::interval,
                  started_at = coalesce(started_at, now()), attempts = attempts + 1
                where id = (select id from sync_jobs
                            where (status = 'QUEUED' and run_after <= now()) or (status = 'RUNNING' and lease_until < now())
                            order by created_at limit 1 for update skip locked)
                returning *""")
                .params(UUID.randomUUID(), lease.toMillis() + " milliseconds")
                .query(SyncJobs::job).optional();
    }

    /** Locks the job row while this replica still holds its lease; false when the job is gone or taken over. */
    boolean lockLease(Job job) {
        return jdbc.sql("select 1 from sync_jobs where id = ? and lease_token = ? and status = 'RUNNING' for update")
                .params(job.id(), job.leaseToken()).query(Integer.class).optional().isPresent();
    }

    /** Records a page; false if the lease was lost (another replica took the job over). */
    boolean checkpoint(Job job, String cursor, Counts counts, Duration lease) {
        return jdbc.sql("""
                update sync_jobs set cursor = ?, pages = pages + 1, items_seen = items_seen + ?, items_created = items_created + ?,
                  items_updated = items_updated + ?, items_failed = items_failed + ?, lease_until = now() + ?::interval
                where id = ? and lease_token = ? and status = 'RUNNING'""")
                .params(cursor, counts.seen(), counts.created(), counts.updated(), counts.failed(),
                        lease.toMillis() + " milliseconds", job.id(), job.leaseToken())
                .update() == 1;
    }

    boolean addDeleted(Job job, int deleted, Duration lease) {
        return jdbc.sql("""
                update sync_jobs set items_deleted = items_deleted + ?, lease_until = now() + ?::interval
                where id = ? and lease_token = ? and status = 'RUNNING'""")
                .params(deleted, lease.toMillis() + " milliseconds", job.id(), job.leaseToken()).update() == 1;
    }

    void itemErrors(Job job, List<ChannelPage.ItemFailure> failures) {
        for (ChannelPage.ItemFailure failure : failures) {
            jdbc.sql("insert into sync_item_errors (job_id, external_id, message, created_at) values (?, ?, ?, now())")
                    .params(job.id(), failure.externalId(), truncate(failure.message())).update();
        }
    }

    Instant succeed(Job job) {
        return jdbc.sql("""
                update sync_jobs set status = 'SUCCEEDED', completed_at = now(), lease_token = null, lease_until = null, error = null
                where id = ? and lease_token = ? returning completed_at""")
                .params(job.id(), job.leaseToken()).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional().orElse(null);
    }

    void fail(Job job, String error) {
        jdbc.sql("""
                update sync_jobs set status = 'FAILED', completed_at = now(), lease_token = null, lease_until = null, error = ?
                where id = ? and lease_token = ?""")
                .params(truncate(error), job.id(), job.leaseToken()).update();
    }

    /** Back to the queue, checkpoint kept, to run again after {@code delay}. */
    void requeue(Job job, String error, Duration delay) {
        jdbc.sql("""
                update sync_jobs set status = 'QUEUED', lease_token = null, lease_until = null, error = ?,
                  run_after = now() + ?::interval where id = ? and lease_token = ?""")
                .params(truncate(error), delay.toMillis() + " milliseconds", job.id(), job.leaseToken()).update();
    }

    List<SyncLogView> logs(UUID ownerId, UUID connectionId, int limit) {
        return jdbc.sql("""
                select * from sync_jobs where owner_id = ? and (?::uuid is null or connection_id = ?::uuid)
                order by created_at desc limit ?""")
                .params(ownerId, connectionId, connectionId, limit)
                .query((rs, n) -> log(rs, List.of())).list()
                .stream().map(v -> v.withErrors(errors(v.id(), 20))).toList();
    }

    Optional<SyncLogView> log(UUID id) {
        return jdbc.sql("select * from sync_jobs where id = ?").param(id).query((rs, n) -> log(rs, List.of())).optional()
                .map(v -> v.withErrors(errors(v.id(), 500)));
    }

    private List<SyncLogView.ItemError> errors(UUID jobId, int limit) {
        return jdbc.sql("select external_id, message from sync_item_errors where job_id = ? order by id limit ?")
                .params(jobId, limit).query((rs, n) -> new SyncLogView.ItemError(rs.getString(1), rs.getString(2))).list();
    }

    private static SyncLogView log(ResultSet rs, List<SyncLogView.ItemError> errors) throws SQLException {
        Instant started = instant(rs, "started_at");
        Instant completed = instant(rs, "completed_at");
        return new SyncLogView(rs.getObject("id", UUID.class), rs.getObject("connection_id", UUID.class), rs.getString("mode"),
                rs.getString("trigger_source"), rs.getString("status"), rs.getInt("items_seen"), rs.getInt("items_created"),
                rs.getInt("items_updated"), rs.getInt("items_deleted"), rs.getInt("items_failed"), rs.getInt("pages"),
                rs.getInt("attempts"), rs.getString("error"), instant(rs, "created_at"), started, completed,
                started != null && completed != null ? Duration.between(started, completed).toMillis() : null, errors);
    }

    private static Job job(ResultSet rs, int n) throws SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getObject("connection_id", UUID.class), rs.getObject("owner_id", UUID.class),
                SyncMode.parse(rs.getString("mode")).orElseThrow(), instant(rs, "updated_after"), rs.getString("cursor"),
                rs.getInt("pages"), rs.getInt("attempts"), rs.getObject("lease_token", UUID.class), instant(rs, "started_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static String truncate(String value) {
        return value == null ? null : value.length() > 1000 ? value.substring(0, 1000) : value;
    }
}
