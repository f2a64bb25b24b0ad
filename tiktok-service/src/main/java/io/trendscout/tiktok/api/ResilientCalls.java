package io.trendscout.tiktok.api;

import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
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
 * Every outbound TikTok call goes through here: a rate limiter per endpoint (TikTok counts per
 * endpoint), retries with exponential backoff on 429 / 5xx / I/O, and a circuit breaker per host
 * group so a TikTok outage fails fast instead of piling up waiting requests.
 */
public final class ResilientCalls {

    private final RateLimiterRegistry limiters;
    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;

    public ResilientCalls(ApiProperties properties, MeterRegistry meters) {
        int perSecond = Math.max(1, properties.requestsPerMinute() / 60);
        limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(java.time.Duration.ofSeconds(1))
                .timeoutDuration(properties.rateLimitWait())
                .build());
        retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(Math.max(1, properties.retryAttempts()))
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryBackoff(), 2.0))
                .retryExceptions(TiktokFailure.Unavailable.class)
                .build());
        breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.breakerFailureRate())
                .slidingWindowSize(properties.breakerWindow())
                .minimumNumberOfCalls(properties.breakerMinimumCalls())
                .waitDurationInOpenState(properties.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordExceptions(TiktokFailure.Unavailable.class)
                .build());
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(limiters).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
    }

    /**
     * Runs {@code call} against {@code endpoint} (its own rate limit and retry) inside the
     * {@code group}'s circuit breaker.
     */
    public <T> T call(String group, String endpoint, Supplier<T> call) {
        RateLimiter limiter = limiters.rateLimiter(endpoint);
        CircuitBreaker breaker = breakers.circuitBreaker(group);
        Retry retry = retries.retry(endpoint);
        Supplier<T> guarded = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(breaker, RateLimiter.decorateSupplier(limiter, call)));
        try {
            return guarded.get();
        } catch (CallNotPermittedException ex) {
            throw new TiktokFailure.Unavailable("circuit_open", "TikTok is failing; calls are paused for a while");
        } catch (RequestNotPermitted ex) {
            throw new TiktokFailure.RateLimited("Client-side rate limit for " + endpoint + " had no permit in time");
        }
    }

    public CircuitBreakerRegistry breakers() {
        return breakers;
    }
}
