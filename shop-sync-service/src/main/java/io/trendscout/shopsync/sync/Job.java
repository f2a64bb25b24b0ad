package io.trendscout.shopsync.sync;

import java.time.Instant;
import java.util.UUID;

/** A claimed sync job and its checkpoint. */
record Job(UUID id, UUID connectionId, UUID ownerId, SyncMode mode, Instant updatedAfter, String cursor, int pages,
        int attempts, UUID leaseToken, Instant startedAt) {
}
