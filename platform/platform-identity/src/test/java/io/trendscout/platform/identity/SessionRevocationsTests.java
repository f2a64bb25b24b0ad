package io.trendscout.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRevocationsTests {

    private final Instant now = Instant.parse("2026-12-04T12:00:00Z");
    private final RevokedSessions revoked = new RevokedSessions(Clock.fixed(now, ZoneOffset.UTC));
    private final SessionRevocationConsumer consumer = new SessionRevocationConsumer("unused:9092",
            java.time.Duration.ofMinutes(15), revoked, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void aRevokedSessionsTokensAreRevokedUntilTheyExpireAnyway() {
        String sid = UUID.randomUUID().toString();
        consumer.read(envelope(sid, now.plusSeconds(600)));
        assertThat(revoked.isRevoked(PlatformIdentityTests.jwt("trendscout", "u", Map.of("sid", sid)))).isTrue();
        assertThat(revoked.isRevoked(PlatformIdentityTests.jwt("trendscout", "u", Map.of("sid", UUID.randomUUID().toString())))).isFalse();
        assertThat(revoked.isRevoked(PlatformIdentityTests.jwt("trendscout", "u", Map.of()))).isFalse();
    }

    @Test
    void revocationsWhoseTokensHaveExpiredAreNotKept() {
        consumer.read(envelope(UUID.randomUUID().toString(), now.minusSeconds(1)));
        assertThat(revoked.size()).isZero();
    }

    @Test
    void malformedAndOtherEventsAreIgnored() {
        consumer.read("not json");
        consumer.read("{\"type\":\"UserErased\",\"payload\":{\"sessionId\":\"x\",\"tokensValidUntil\":\"2027-01-01T00:00:00Z\"}}");
        consumer.read("{\"type\":\"SessionRevoked\",\"payload\":{\"sessionId\":\"x\",\"tokensValidUntil\":\"tomorrow\"}}");
        assertThat(revoked.size()).isZero();
    }

    static String envelope(String sid, Instant tokensValidUntil) {
        return """
                {"id":"%s","type":"SessionRevoked","version":1,"occurredAt":"2026-12-04T12:00:00Z","producer":"security-service",
                 "subject":"%s","payload":{"sessionId":"%s","userId":"%s","revokedAt":"2026-12-04T12:00:00Z",
                 "tokensValidUntil":"%s","reason":"logout"}}""".formatted(UUID.randomUUID(), sid, sid, UUID.randomUUID(), tokensValidUntil);
    }
}
