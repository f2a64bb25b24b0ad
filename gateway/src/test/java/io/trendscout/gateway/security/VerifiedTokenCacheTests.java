package io.trendscout.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import io.trendscout.gateway.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheTests {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final AtomicInteger verifications = new AtomicInteger();

    /** A verifier that accepts tokens starting with "good" (expiring at the given minute) and counts its work. */
    private ReactiveJwtDecoder verifier(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            if (!token.startsWith("good")) {
                return Mono.error(new BadJwtException("bad signature"));
            }
            return Mono.just(Jwt.withTokenValue(token).header("alg", "ES256").subject("u1")
                    .issuedAt(now.minusSeconds(60)).expiresAt(expiresAt).build());
        };
    }

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier(now.plusSeconds(600)), 100, Duration.ofMinutes(5),
                Clock.fixed(now, ZoneOffset.UTC));
        for (int i = 0; i < 5; i++) {
            assertThat(cache.decode("good-1").block().getSubject()).isEqualTo("u1");
        }
        assertThat(verifications).hasValue(1);
        cache.decode("good-2").block();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void rejectedTokensAreNotRememberedAndKeepFailing() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier(now.plusSeconds(600)), 100, Duration.ofMinutes(5),
                Clock.fixed(now, ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(3);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainNotServedFromMemory() {
        MutableClock clock = new MutableClock(now);
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier(now.plusSeconds(30)), 100, Duration.ofMinutes(5), clock);
        cache.decode("good-1").block();
        clock.advance(Duration.ofSeconds(31));
        cache.decode("good-1").block();
        assertThat(verifications).as("past its expiry the token goes back to the verifier").hasValue(2);
    }
}
