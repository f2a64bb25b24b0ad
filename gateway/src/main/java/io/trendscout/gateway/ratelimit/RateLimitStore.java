package io.trendscout.gateway.ratelimit;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Where the token buckets live. The default keeps them in this replica's memory; a deployment
 * with several replicas plugs in a shared store (a Bucket4j proxy manager over Redis or
 * PostgreSQL) so the budgets hold across replicas.
 */
public interface RateLimitStore {

    /** Takes one request from the bucket of {@code key} under {@code plan}. */
    Mono<Decision> consume(String key, RateLimitProperties.Plan plan);

    /**
     * @param allowed    whether the request may pass
     * @param remaining  requests left in the bucket
     * @param retryAfter when a refused caller may try again
     */
    record Decision(boolean allowed, long remaining, Duration retryAfter) {
    }
}
