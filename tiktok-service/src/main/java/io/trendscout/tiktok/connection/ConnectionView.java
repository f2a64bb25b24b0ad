package io.trendscout.tiktok.connection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What other features and the API may know about a connection: never its tokens. */
public record ConnectionView(UUID userId, String openId, ConnectionStatus status, String statusReason,
        List<String> scopes, Instant connectedAt, Instant accessExpiresAt, Instant refreshedAt) {
}
