package io.trendscout.trend.sources.research;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trendscout.trend.sources.PollContext;
import io.trendscout.trend.sources.Quota;
import io.trendscout.trend.trends.Observation;

/**
 * A PollContext as the platform gives one, kept in memory across cycles: the last checkpointed cursor,
 * a daily quota with limits, and a store that keeps one value per (source, series, bucket) with the
 * INCREMENT rule (a re-delivery replaces the bucket), so tests can see whether anything counts twice.
 */
final class InMemoryPollContext implements PollContext {

    record Bucket(String series, Instant start) {
    }

    Instant now;
    String cursor;
    final List<Observation> emitted = new ArrayList<>();
    final List<String> checkpoints = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final Map<Bucket, Observation> store = new LinkedHashMap<>();
    final LimitedQuota quota;

    InMemoryPollContext(Instant now, long requestLimit, long recordLimit) {
        this.now = now;
        this.quota = new LimitedQuota(requestLimit, recordLimit);
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
        store.put(new Bucket(observation.seriesKey(), observation.bucketStart()), observation);
    }

    @Override
    public void checkpoint(String value) {
        cursor = value;
        checkpoints.add(value);
    }

    @Override
    public Quota quota() {
        return quota;
    }

    @Override
    public void skipped(String reason) {
        skipped.add(reason);
    }

    /** Stored buckets of one series ({@code TYPE|name|REGION}), by bucket start. */
    Map<Instant, Observation> series(String key) {
        Map<Instant, Observation> buckets = new java.util.TreeMap<>();
        store.forEach((bucket, o) -> {
            if (bucket.series().equals(key)) {
                buckets.put(bucket.start(), o);
            }
        });
        return buckets;
    }

    static final class LimitedQuota implements Quota {
        final long requestLimit;
        final long recordLimit;
        long requests;
        long records;

        LimitedQuota(long requestLimit, long recordLimit) {
            this.requestLimit = requestLimit;
            this.recordLimit = recordLimit;
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
            return recordLimit <= 0 || records < recordLimit;
        }
    }
}
