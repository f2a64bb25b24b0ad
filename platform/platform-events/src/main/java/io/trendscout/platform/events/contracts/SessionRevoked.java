package io.trendscout.platform.events.contracts;

import java.time.Instant;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.EventType;
import io.trendscout.platform.events.EventTypes;

/**
 * A login session ended before its tokens expired (logout, password change or reset, refresh-token
 * reuse, a session deleted by its owner, account erasure): the gateway and every service refuse
 * access tokens whose {@code sid} claim names it until {@code tokensValidUntil}, when the last
 * access token issued for it has expired anyway.
 */
public record SessionRevoked(UUID sessionId, UUID userId, Instant revokedAt, Instant tokensValidUntil, String reason)
        implements EventPayload {

    @Override
    public EventType eventType() {
        return EventTypes.SESSION_REVOKED;
    }

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
