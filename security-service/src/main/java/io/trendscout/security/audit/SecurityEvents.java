package io.trendscout.security.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records security events in the audit table and counts them in
 * {@code trendscout.security.events{type=...}}. Failures are recorded even when the request that
 * caused them is rejected, because the insert does not join the caller's transaction unless one is active.
 */
@Service
public class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private final Clock clock;

    SecurityEvents(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.clock = Clock.systemUTC();
    }

    public void record(SecurityEventType type, UUID userId, String clientAddress, String detail) {
        meters.counter("trendscout.security.events", "type", type.tag()).increment();
        jdbc.sql("insert into security_event (type, user_id, client_address, detail, occurred_at) values (?, ?, ?, ?, ?)")
                .params(type.name(), userId, clientAddress, detail == null ? null : clip(detail),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        log.info("security event {} user={} client={}", type, userId, clientAddress);
    }

    public void record(SecurityEventType type, UUID userId, String clientAddress) {
        record(type, userId, clientAddress, null);
    }

    /** Whether an event of this type was recorded for the user since the given time. */
    public boolean recordedSince(SecurityEventType type, UUID userId, Instant since) {
        return jdbc.sql("select exists (select 1 from security_event where type = ? and user_id = ? and occurred_at > ?)")
                .params(type.name(), userId, Timestamp.from(since)).query(Boolean.class).single();
    }

    /** GDPR: the audit rows of an erased user keep only the user id, what happened and when (no address, no detail). */
    public void forget(UUID userId) {
        jdbc.sql("update security_event set client_address = null, detail = null where user_id = ?").param(userId).update();
    }

    /** Deletes the records older than the retention; answers how many. */
    int purgeOlderThan(Instant cutoff) {
        return jdbc.sql("delete from security_event where occurred_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private static String clip(String detail) {
        return detail.length() > 200 ? detail.substring(0, 200) : detail;
    }
}
