package io.trendscout.gateway.security;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The keys of one issuer, fetched from its JWKS and kept for {@code ttl}. A token whose
 * {@code kid} is not in the cached set triggers a fresh fetch (that is how a rotated-in key
 * becomes known), but at most once per {@code minRefetchInterval}, so forged kids cannot turn
 * the gateway into a JWKS hammer. Concurrent fetches are shared.
 */
final class CachedJwkSet {

    private static final Logger log = LoggerFactory.getLogger(CachedJwkSet.class);

    private record Snapshot(JWKSet keys, Instant fetchedAt) {
    }

    private final String uri;
    private final WebClient web;
    private final GatewaySecurityProperties.Jwks settings;
    private final Clock clock;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicReference<Instant> lastAttempt = new AtomicReference<>();
    private final AtomicReference<Mono<Snapshot>> inFlight = new AtomicReference<>();

    CachedJwkSet(String uri, WebClient web, GatewaySecurityProperties.Jwks settings, Clock clock) {
        this.uri = uri;
        this.web = web;
        this.settings = settings;
        this.clock = clock;
    }

    /** Fetches the key set in the background so the first request does not wait for it. */
    void warmUp() {
        fetch().subscribe();
    }

    /**
     * The keys that may have signed this token (matched by kid and algorithm). A request that finds
     * no matching key while a fetch is under way (the first one, or one for a rotated-in key) waits
     * for that fetch instead of being refused.
     */
    Flux<JWK> keysFor(SignedJWT jwt) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        Snapshot snapshot = current.get();
        Instant now = clock.instant();
        if (snapshot != null && now.isBefore(snapshot.fetchedAt().plus(settings.ttl()))) {
            List<JWK> keys = selector.select(snapshot.keys());
            if (!keys.isEmpty()) {
                return Flux.fromIterable(keys);
            }
        }
        Mono<Snapshot> running = inFlight.get();
        if (running == null) {
            Instant last = lastAttempt.get();
            if (last != null && now.isBefore(last.plus(settings.minRefetchInterval()))) {
                Snapshot latest = current.get(); // a fetch may have ended since the first look
                return latest == null ? Flux.empty() : Flux.fromIterable(selector.select(latest.keys()));
            }
            running = fetch();
        }
        return running.flatMapMany(fresh -> Flux.fromIterable(selector.select(fresh.keys())));
    }

    private Mono<Snapshot> fetch() {
        while (true) {
            Mono<Snapshot> running = inFlight.get();
            if (running != null) {
                return running;
            }
            Mono<Snapshot> fetch = Mono.defer(() -> {
                        lastAttempt.set(clock.instant());
                        return web.get().uri(uri).retrieve().bodyToMono(String.class);
                    })
                    .timeout(settings.fetchTimeout())
                    .map(this::parse)
                    .doOnNext(current::set)
                    .onErrorResume(ex -> {
                        log.warn("Could not fetch the JWKS from {}: {}", uri, ex.toString());
                        Snapshot stale = current.get();
                        if (stale == null) {
                            // no key known at all (issuer not up yet): try again after a second, not the full interval
                            lastAttempt.set(clock.instant().minus(settings.minRefetchInterval()).plusSeconds(1));
                        }
                        return Mono.just(stale != null ? stale : new Snapshot(new JWKSet(), Instant.EPOCH));
                    })
                    // no longer in flight before anyone sees the result (errors end in a value too): with
                    // doFinally, which runs only after the waiting requests had their answer, a request
                    // right after them reused this finished fetch and missed a key rotated in since
                    .doOnNext(done -> inFlight.set(null))
                    .cache();
            if (inFlight.compareAndSet(null, fetch)) {
                return fetch;
            }
        }
    }

    private Snapshot parse(String body) {
        try {
            return new Snapshot(JWKSet.parse(body), clock.instant());
        } catch (ParseException ex) {
            throw new IllegalStateException("Malformed JWKS", ex);
        }
    }
}
