package io.trendscout.shopsync.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.platform.web.NotFound;
import io.trendscout.shopsync.connection.ShopConnections;
import io.trendscout.shopsync.connection.SyncTarget;
import org.springframework.stereotype.Service;

/** Queues sync jobs (manual and scheduled) and reads their logs. */
@Service
class ShopSync {

    /** The connection already has a job queued or running. */
    static final class AlreadyRunning extends RuntimeException {
        AlreadyRunning() {
            super("A sync of this connection is already queued or running");
        }
    }

    private final ShopConnections connections;
    private final SyncJobs jobs;
    private final SyncProperties properties;

    ShopSync(ShopConnections connections, SyncJobs jobs, SyncProperties properties) {
        this.connections = connections;
        this.jobs = jobs;
        this.properties = properties;
    }

    SyncLogView trigger(UUID ownerId, UUID connectionId, String modeName) {
        SyncMode mode = SyncMode.parse(modeName).orElseThrow(() -> new InvalidRequest("mode", "must be full or incremental"));
        connections.requireOwned(ownerId, connectionId);
        UUID id = enqueue(connections.target(connectionId), mode, "manual").orElseThrow(AlreadyRunning::new);
        return jobs.log(id).orElseThrow();
    }

    /** An incremental job without a previous success is a full one. */
    java.util.Optional<UUID> enqueue(SyncTarget target, SyncMode mode, String trigger) {
        Instant since = target.lastSuccessStartedAt() == null ? null
                : target.lastSuccessStartedAt().minus(properties.incrementalOverlap());
        SyncMode effective = mode == SyncMode.INCREMENTAL && since == null ? SyncMode.FULL : mode;
        return jobs.enqueue(target.id(), target.ownerId(), effective, trigger, effective == SyncMode.INCREMENTAL ? since : null);
    }

    List<SyncLogView> logs(UUID ownerId, UUID connectionId, int limit) {
        if (connectionId != null) {
            connections.requireOwned(ownerId, connectionId);
        }
        return jobs.logs(ownerId, connectionId, limit);
    }

    SyncLogView log(UUID ownerId, UUID id) {
        SyncLogView view = jobs.log(id).orElseThrow(() -> new NotFound("Sync log not found"));
        connections.requireOwned(ownerId, view.connectionId());
        return view;
    }
}
