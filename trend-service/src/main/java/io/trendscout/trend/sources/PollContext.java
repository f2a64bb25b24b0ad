package io.trendscout.trend.sources;

import java.time.Instant;
import java.util.Optional;

import io.trendscout.trend.trends.Observation;

/** What a source gets for one poll cycle. Not thread-safe: one cycle, one thread. */
public interface PollContext {

    /** Now, from the service's clock. */
    Instant now();

    /** The cursor the source last checkpointed (opaque to everyone else), empty on the first poll. */
    Optional<String> cursor();

    /** Hands an observation on (it travels the observation topic, keyed by series). */
    void emit(Observation observation);

    /**
     * Persists the cursor once everything emitted so far has been handed to Kafka; the next cycle
     * (also after a crash or on another replica) starts from here.
     */
    void checkpoint(String cursor);

    /** This source's quota for today (UTC), persisted. */
    Quota quota();

    /** Counts a bad record that was skipped (shown in source health); the cycle goes on. */
    void skipped(String reason);
}
