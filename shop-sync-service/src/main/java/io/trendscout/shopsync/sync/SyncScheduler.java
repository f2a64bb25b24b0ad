package io.trendscout.shopsync.sync;

import java.time.Instant;

import io.trendscout.shopsync.connection.ShopConnections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues an incremental sync for every connection that is due. Runs on every replica but only
 * one gets the PostgreSQL advisory lock per tick (transaction-scoped, released at commit); the
 * one-active-job index makes a duplicate impossible anyway.
 */
@Component
class SyncScheduler {

    static final long LOCK_KEY = 0x53796e635363L;

    private final JdbcClient jdbc;
    private final ShopConnections connections;
    private final ShopSync sync;
    private final SyncProperties properties;

    SyncScheduler(JdbcClient jdbc, ShopConnections connections, ShopSync sync, SyncProperties properties) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.sync = sync;
        this.properties = properties;
    }

    @Scheduled(cron = "${trendscout.shop-sync.sync.schedule-cron}")
    @Transactional
    public int queueDue() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        int queued = 0;
        for (var target : connections.dueForSync(Instant.now().minus(properties.dueAfter()))) {
            if (sync.enqueue(target, SyncMode.INCREMENTAL, "schedule").isPresent()) {
                queued++;
            }
        }
        return queued;
    }
}
