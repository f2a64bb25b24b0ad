package io.trendscout.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.trendscout.gateway.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class CachedJwkSetTests {

    private static final GatewaySecurityProperties.Jwks SETTINGS = new GatewaySecurityProperties.Jwks(Duration.ofMinutes(5),
            Duration.ofSeconds(10), Duration.ofSeconds(5), 0, Duration.ofMinutes(5));

    private final AtomicInteger fetches = new AtomicInteger();
    private volatile JWKSet published;

    /** The issuer's JWKS endpoint, answering after 300 ms. */
    private final WebClient slowIssuer = WebClient.builder()
            .exchangeFunction(request -> Mono.delay(Duration.ofMillis(300)).map(tick -> {
                fetches.incrementAndGet();
                return ClientResponse.create(HttpStatus.OK)
                        .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                        .body(published.toString()).build();
            }))
            .build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final CachedJwkSet keys = new CachedJwkSet("http://issuer/.well-known/jwks.json", slowIssuer, SETTINGS, clock);

    @Test
    void requestsArrivingWhileTheFirstFetchIsUnderWayWaitForItInsteadOfFindingNoKeys() throws Exception {
        ECKey key = key("k1");
        published = new JWKSet(key.toPublicJWK());
        List<List<JWK>> found = Flux.range(0, 8).flatMap(i -> keys.keysFor(token("k1")).collectList()).collectList().block();
        assertThat(found).hasSize(8).allSatisfy(k -> assertThat(k).extracting(JWK::getKeyID).containsExactly("k1"));
        assertThat(fetches).hasValue(1);
    }

    @Test
    void requestsWithARotatedInKeyWaitForTheFetchThatBringsIt() throws Exception {
        published = new JWKSet(key("old").toPublicJWK());
        assertThat(keys.keysFor(token("old")).collectList().block()).hasSize(1);
        published = new JWKSet(List.of(key("old").toPublicJWK(), key("new").toPublicJWK()));
        clock.advance(SETTINGS.minRefetchInterval());
        List<List<JWK>> found = Flux.range(0, 8).flatMap(i -> keys.keysFor(token("new")).collectList()).collectList().block();
        assertThat(found).allSatisfy(k -> assertThat(k).extracting(JWK::getKeyID).containsExactly("new"));
        assertThat(fetches).hasValue(2);
    }

    /** The moment a fetch has answered its requests it is over: the next request does not get its result replayed. */
    @Test
    void aRequestRightAfterAFetchStartsItsOwnFetch() throws Exception {
        published = new JWKSet(key("old").toPublicJWK());
        AtomicReference<List<JWK>> rightAfter = new AtomicReference<>();
        CountDownLatch answered = new CountDownLatch(1);
        keys.keysFor(token("old")).collectList().doOnNext(first -> {
            published = new JWKSet(List.of(key("old").toPublicJWK(), key("new").toPublicJWK()));
            clock.advance(SETTINGS.minRefetchInterval());
            keys.keysFor(token("new")).collectList().subscribe(found -> {
                rightAfter.set(found);
                answered.countDown();
            });
        }).block();
        assertThat(answered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(rightAfter.get()).extracting(JWK::getKeyID).containsExactly("new");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void anUnknownKidRefetchesAtMostOncePerInterval() throws Exception {
        published = new JWKSet(key("k1").toPublicJWK());
        assertThat(keys.keysFor(token("forged-1")).collectList().block()).isEmpty();
        assertThat(keys.keysFor(token("forged-2")).collectList().block()).isEmpty();
        assertThat(keys.keysFor(token("k1")).collectList().block()).hasSize(1);
        assertThat(fetches).hasValue(1);
    }

    private static ECKey key(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (com.nimbusds.jose.JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static SignedJWT token(String kid) {
        return new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(), new JWTClaimsSet.Builder().build());
    }
}
