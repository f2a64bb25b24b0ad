package io.trendscout.shopsync.connection;

import java.time.Instant;
import java.util.UUID;

import io.trendscout.shopsync.channel.Credentials;

/** A connection as the sync needs it, credentials decrypted (never leave the process). */
public record SyncTarget(UUID id, UUID ownerId, Credentials credentials, String currency, Instant lastSuccessStartedAt) {

    @Override
    public String toString() {
        return "SyncTarget[" + id + ", " + credentials.platform() + "]";
    }
}
