package io.trendscout.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/**
 * Token buckets (Bucket4j) in this replica's memory. Buckets that have refilled completely are
 * swept once a minute: a full bucket is indistinguishable from a new one, so memory stays
 * proportional to the callers active in the last minutes, not to every address ever seen.
 */
final class InMemoryRateLimitStore implements RateLimitStore {

    private record Entry(Bucket bucket, long capacity) {
    }

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep;
    private final Clock clock;

    InMemoryRateLimitStore(Clock clock) {
        this.clock = clock;
        this.lastSweep = new AtomicReference<>(clock.instant());
    }

    @Override
    public Mono<Decision> consume(String key, RateLimitProperties.Plan plan) {
        sweepIfDue();
        Entry entry = buckets.computeIfAbsent(key + "|" + plan.requestsPerMinute() + "/" + plan.burst(),
                k -> new Entry(bucket(plan), plan.burst()));
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return Mono.just(new Decision(probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }

    int size() {
        return buckets.size();
    }

    private static Bucket bucket(RateLimitProperties.Plan plan) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(plan.burst()).refillGreedy(plan.requestsPerMinute(), Duration.ofMinutes(1)))
                .build();
    }

    private void sweepIfDue() {
        Instant last = lastSweep.get();
        Instant now = clock.instant();
        if (now.isAfter(last.plus(SWEEP_EVERY)) && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.capacity());
        }
    }
}
