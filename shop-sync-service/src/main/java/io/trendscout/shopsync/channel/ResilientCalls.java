package io.trendscout.shopsync.channel;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every outbound channel call goes through here: a client-side rate limiter per shop (sized to
 * the channel's documented rate), retries on throttling / 5xx / I/O with exponential backoff or
 * the channel's own wait hint, and a circuit breaker per channel so an outage fails fast.
 */
final class ResilientCalls {

    private final RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
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
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(limiters).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
    }

    /**
     * Runs {@code call} for {@code channel} with the shop's limiter ({@code requestsPerSecond},
     * evenly spaced; 0 = none), retries and the channel's breaker.
     */
    <T> T call(String channel, String shopKey, double requestsPerSecond, Supplier<T> call) {
        Supplier<T> limited = call;
        if (requestsPerSecond > 0) {
            long spacingNanos = (long) (1_000_000_000L / requestsPerSecond);
            RateLimiter limiter = limiters.rateLimiter(channel + ":" + shopKey, RateLimiterConfig.custom()
                    .limitForPeriod(1).limitRefreshPeriod(Duration.ofNanos(spacingNanos))
                    .timeoutDuration(http.rateLimitWait()).build());
            limited = RateLimiter.decorateSupplier(limiter, call);
        }
        CircuitBreaker breaker = breakers.circuitBreaker(channel);
        Supplier<T> guarded = Retry.decorateSupplier(retries.retry(channel), CircuitBreaker.decorateSupplier(breaker, limited));
        try {
            return guarded.get();
        } catch (CallNotPermittedException ex) {
            throw new ChannelFailure.Unavailable(channel + " keeps failing; calls are paused for a while (circuit open)");
        } catch (RequestNotPermitted ex) {
            throw new ChannelFailure.Throttled("No client-side rate limit permit for " + channel + " in time", null);
        }
    }

    CircuitBreakerRegistry breakers() {
        return breakers;
    }
}
