package io.trendscout.shopsync.channel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every outbound channel call goes through here: a client-side rate limiter per shop (sized to
 * the channel's documented rate, calls strictly spaced), retries on throttling / 5xx / I/O with exponential backoff or
 * the channel's own wait hint, and a circuit breaker per channel so an outage fails fast.
 */
final class ResilientCalls {

    private final Map<String, Bucket> spacing = new ConcurrentHashMap<>();
    private final Map<String, SlidingWindow> windows = new ConcurrentHashMap<>();
    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;
    private final ChannelProperties.Http http;

    ResilientCalls(ChannelProperties.Http http, MeterRegistry meters) {
        this.http = http;
        IntervalBiFunction<Object> wait = (attempt, outcome) -> {
            Duration exponential = http.retryBackoff().multipliedBy(1L << Math.min(10, attempt - 1));
            Duration hinted = outcome.isLeft() && outcome.getLeft() instanceof ChannelFailure.Throttled throttled
                    ? throttled.retryAfter() : null;
            Duration chosen = hinted != null ? hinted : exponential;
            return Math.min(chosen.toMillis(), http.maxRetryWait().toMillis());
        };
        retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(Math.max(1, http.retryAttempts()))
                .intervalBiFunction(wait)
                .retryExceptions(ChannelFailure.Unavailable.class, ChannelFailure.Throttled.class)
                .build());
        breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(http.breakerFailureRate())
                .slidingWindowSize(http.breakerWindow())
                .minimumNumberOfCalls(http.breakerMinimumCalls())
                .waitDurationInOpenState(http.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordExceptions(ChannelFailure.Unavailable.class)
                .build());
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
    }

    /**
     * Runs {@code call} for {@code channel} with the shop's limiter ({@code requestsPerSecond},
     * evenly spaced; 0 = none), retries and the channel's breaker.
     */
    <T> T call(String channel, String shopKey, double requestsPerSecond, Supplier<T> call) {
        return guarded(channel, requestsPerSecond > 0 ? () -> {
            awaitTurn(channel + ":" + shopKey, requestsPerSecond);
            return call.get();
        } : call);
    }

    /**
     * Runs {@code call} for {@code channel} with at most {@code limit} calls of the shop per
     * {@code window} (sliding; pass the channel's window plus a margin for jitter), retries and
     * the channel's breaker.
     */
    <T> T callWithin(String channel, String shopKey, int limit, Duration window, Supplier<T> call) {
        SlidingWindow shopWindow = windows.computeIfAbsent(channel + ":" + shopKey + "@" + limit + "/" + window,
                key -> new SlidingWindow(limit, window));
        return guarded(channel, () -> {
            boolean permitted;
            try {
                permitted = shopWindow.awaitTurn(http.rateLimitWait());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new ChannelFailure.Unavailable("Interrupted while waiting for the client-side rate limit");
            }
            if (!permitted) {
                throw new ChannelFailure.Throttled("No client-side rate limit permit for " + channel + " in time", null);
            }
            return call.get();
        });
    }

    private <T> T guarded(String channel, Supplier<T> limited) {
        CircuitBreaker breaker = breakers.circuitBreaker(channel);
        Supplier<T> guarded = Retry.decorateSupplier(retries.retry(channel), CircuitBreaker.decorateSupplier(breaker, limited));
        try {
            return guarded.get();
        } catch (CallNotPermittedException ex) {
            throw new ChannelFailure.Unavailable(channel + " keeps failing; calls are paused for a while (circuit open)");
        }
    }

    /**
     * Waits until the shop's next call may start: at least {@code 1 / requestsPerSecond} after the
     * previous one, whichever thread made it. A bucket of one token (not a limit per fixed period,
     * which lets two calls through back to back at a period boundary) keeps a server's sliding
     * one-second window from ever seeing more calls than the rate.
     */
    private void awaitTurn(String shop, double requestsPerSecond) {
        Duration interval = Duration.ofNanos((long) (1_000_000_000L / requestsPerSecond));
        Bucket bucket = spacing.computeIfAbsent(shop + "@" + interval.toNanos(),
                key -> Bucket.builder().addLimit(limit -> limit.capacity(1).refillGreedy(1, interval)).build());
        boolean permitted;
        try {
            permitted = bucket.asBlocking().tryConsume(1, http.rateLimitWait());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ChannelFailure.Unavailable("Interrupted while waiting for the client-side rate limit");
        }
        if (!permitted) {
            throw new ChannelFailure.Throttled("No client-side rate limit permit for " + shop.substring(0, shop.indexOf(':'))
                    + " in time", null);
        }
    }

    CircuitBreakerRegistry breakers() {
        return breakers;
    }
}
