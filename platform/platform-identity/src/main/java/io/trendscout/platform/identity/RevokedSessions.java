package io.trendscout.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The sessions revoked before their access tokens expired, each kept until
 * {@code tokensValidUntil} (after that its tokens fail on their own expiry). Filled by
 * {@link SessionRevocationConsumer} in every replica.
 */
public final class RevokedSessions {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private final Clock clock;

    public RevokedSessions(Clock clock) {
        this.clock = clock;
    }

    public void revoke(String sessionId, Instant tokensValidUntil) {
        if (tokensValidUntil.isAfter(clock.instant())) {
            revoked.merge(sessionId, tokensValidUntil, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** Whether the token's session ({@code sid} claim) is revoked; a token without {@code sid} never is. */
    public boolean isRevoked(Jwt jwt) {
        String sid = jwt.getClaimAsString("sid");
        if (sid == null) {
            return false;
        }
        Instant until = revoked.get(sid);
        return until != null && clock.instant().isBefore(until);
    }

    /** Forgets revocations whose tokens have all expired. */
    public void forgetExpired() {
        Instant now = clock.instant();
        revoked.values().removeIf(until -> !now.isBefore(until));
    }

    int size() {
        return revoked.size();
    }
}
