package io.trendscout.trend.sources.fastmoss;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import io.trendscout.trend.sources.PollContext;
import io.trendscout.trend.sources.Quota;
import io.trendscout.trend.trends.Observation;

/** A poll context in memory: keeps what a cycle emitted, checkpointed and skipped, and a quota with limits. */
final class MemoryPollContext implements PollContext {

    final List<Observation> emitted = new ArrayList<>();
    final List<String> checkpoints = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final MemoryQuota quota;
    Instant now;
    String cursor;
    IntConsumer onCheckpoint = n -> { };

    MemoryPollContext(Instant now, long requestLimit) {
        this.now = now;
        this.quota = new MemoryQuota(requestLimit);
    }

    /** The next cycle: same persisted cursor and quota, nothing emitted yet. */
    MemoryPollContext next() {
        emitted.clear();
        skipped.clear();
        return this;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    @Override
    public void emit(Observation observation) {
        emitted.add(observation);
    }

    @Override
    public void checkpoint(String value) {
        cursor = value;
        checkpoints.add(value);
        onCheckpoint.accept(checkpoints.size());
    }

    @Override
    public Quota quota() {
        return quota;
    }

    @Override
    public void skipped(String reason) {
        skipped.add(reason);
    }

    static final class MemoryQuota implements Quota {

        private final long requestLimit;
        long requests;
        long records;

        MemoryQuota(long requestLimit) {
            this.requestLimit = requestLimit;
        }

        @Override
        public boolean tryRequest() {
            if (requestLimit > 0 && requests >= requestLimit) {
                return false;
            }
            requests++;
            return true;
        }

        @Override
        public void records(int count) {
            records += count;
        }

        @Override
        public long requestsToday() {
            return requests;
        }

        @Override
        public long recordsToday() {
            return records;
        }

        @Override
        public boolean recordsLeft() {
            return true;
        }
    }
}
