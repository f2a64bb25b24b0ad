package io.trendscout.shopsync.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One sync run as {@code GET /api/sync/logs} shows it. */
record SyncLogView(UUID id, UUID connectionId, String mode, String trigger, String status, int itemsSeen, int itemsCreated,
        int itemsUpdated, int itemsDeleted, int itemsFailed, int pages, int attempts, String error, Instant createdAt,
        Instant startedAt, Instant completedAt, Long durationMillis, List<ItemError> itemErrors) {

    record ItemError(String externalId, String message) {
    }

    SyncLogView withErrors(List<ItemError> errors) {
        return new SyncLogView(id, connectionId, mode, trigger, status, itemsSeen, itemsCreated, itemsUpdated, itemsDeleted,
                itemsFailed, pages, attempts, error, createdAt, startedAt, completedAt, durationMillis, errors);
    }
}
