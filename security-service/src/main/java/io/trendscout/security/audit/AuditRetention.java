package io.trendscout.security.audit;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit records expire after the retention ({@code trendscout.security.audit.retention}). The
 * purge runs on every replica's schedule but only one at a time does the work: it holds a
 * PostgreSQL advisory lock for its transaction, and a replica that cannot get it skips this round.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private static final long PURGE_LOCK = 0x5ec_a0d17L;

    private final SecurityEvents events;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Duration retention;
    private final Clock clock = Clock.systemUTC();

    AuditRetention(SecurityEvents events, JdbcClient jdbc, TransactionTemplate tx,
            @Value("${trendscout.security.audit.retention:90d}") Duration retention) {
        this.events = events;
        this.jdbc = jdbc;
        this.tx = tx;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${trendscout.security.audit.purge-interval:1h}", initialDelayString = "1m")
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes the records older than the retention, unless another replica is at it; answers how many went. */
    int purge() {
        Integer purged = tx.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(PURGE_LOCK).query(Boolean.class).single();
            return mine ? events.purgeOlderThan(clock.instant().minus(retention)) : 0;
        });
        if (purged != null && purged > 0) {
            log.info("purged {} security audit records older than {}", purged, retention);
        }
        return purged == null ? 0 : purged;
    }
}
