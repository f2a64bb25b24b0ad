package io.trendscout.shopsync.channel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
 * the channel's documented limit, see {@link SlidingWindow}), retries on throttling / 5xx / I/O with
 * exponential backoff or the channel's own wait hint, and a circuit breaker per channel so an
 * outage fails fast.
 */
final class ResilientCalls {

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
        if (requestsPerSecond <= 0) {
            return guarded(channel, call);
        }
        // one call per interval, counted like any window: never two closer than the rate allows
        return callWithin(channel, shopKey, 1, Duration.ofNanos((long) (1_000_000_000L / requestsPerSecond)), call);
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
            try {
                return call.get();
            } catch (ChannelFailure.Throttled refused) {
                shopWindow.widen();
                throw refused;
            }
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

    CircuitBreakerRegistry breakers() {
        return breakers;
    }
}
