package io.trendscout.shopsync.channel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
        Duration interval = Duration.ofNanos((long) (1_000_000_000L / requestsPerSecond));
        return limited(channel, window(channel, shopKey, 1, interval, SlidingWindow.Counting.FROM_START), call, answer -> answer);
    }

    /**
     * Runs {@code exchange} for {@code channel} with at most {@code limit} calls of the shop per
     * {@code window} (sliding; a call counts until a window after its answer, see
     * {@link SlidingWindow.Counting#UNTIL_ANSWERED}), retries and the channel's breaker; {@code read}
     * interprets the answer once its place in the window is settled (it may throw
     * {@link ChannelFailure.Throttled}, which widens the window).
     */
    <A, T> T callWithin(String channel, String shopKey, int limit, Duration window, Supplier<A> exchange, Function<A, T> read) {
        return limited(channel, window(channel, shopKey, limit, window, SlidingWindow.Counting.UNTIL_ANSWERED), exchange, read);
    }

    private SlidingWindow window(String channel, String shopKey, int limit, Duration window, SlidingWindow.Counting counting) {
        return windows.computeIfAbsent(channel + ":" + shopKey + "@" + limit + "/" + window + "/" + counting,
                key -> new SlidingWindow(limit, window, counting));
    }

    private <A, T> T limited(String channel, SlidingWindow shopWindow, Supplier<A> exchange, Function<A, T> read) {
        return guarded(channel, () -> {
            SlidingWindow.Turn turn;
            try {
                turn = shopWindow.awaitTurn(http.rateLimitWait());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new ChannelFailure.Unavailable("Interrupted while waiting for the client-side rate limit");
            }
            if (turn == null) {
                throw new ChannelFailure.Throttled("No client-side rate limit permit for " + channel + " in time", null);
            }
            try {
                A answer;
                try {
                    answer = exchange.get();
                } finally {
                    turn.answered();
                }
                return read.apply(answer);
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
