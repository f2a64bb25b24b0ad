package io.trendscout.shopsync.connection;

import java.time.Instant;
import java.util.UUID;

/** A connection as its owner sees it: never any credential. */
record ConnectionView(UUID id, String platform, String shopName, String account, ConnectionStatus status,
        String lastError, Instant lastSyncAt, Instant createdAt) {
}
