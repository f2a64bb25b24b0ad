package io.trendscout.trend.sources.research;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.trendscout.trend.sources.Quota;

/**
 * What one cycle may spend: what is left of today's quota spread evenly over the cycles left until
 * 00:00 UTC (when TikTok resets it), so unused budget rolls forward and the day is never spent in its
 * first hour. While the history is still being read a cycle may spend up to {@code backfill-share}
 * of the daily quota instead.
 */
final class CycleBudget {

    private int requests;
    private long records;

    private CycleBudget(int requests, long records) {
        this.requests = requests;
        this.records = records;
    }

    static CycleBudget of(ResearchApiProperties properties, Quota quota, Instant now, boolean backfilling) {
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long cyclesLeft = Math.max(1, ceilDiv(Duration.between(now, midnight).toSeconds(),
                Math.max(1, properties.interval().toSeconds())));
        long requestsLeft = Math.max(0, properties.dailyRequests() - quota.requestsToday());
        long recordsLeft = Math.max(0, properties.dailyRecords() - quota.recordsToday());
        long requests = ceilDiv(requestsLeft, cyclesLeft);
        long records = ceilDiv(recordsLeft, cyclesLeft);
        if (backfilling) {
            requests = Math.max(requests, (long) Math.ceil(properties.dailyRequests() * properties.backfillShare()));
            records = Math.max(records, (long) Math.ceil(properties.dailyRecords() * properties.backfillShare()));
        }
        return new CycleBudget((int) Math.min(requests, requestsLeft), Math.min(records, recordsLeft));
    }

    boolean canRequest() {
        return requests > 0 && records > 0;
    }

    void requested(int recordsServed) {
        requests--;
        records -= recordsServed;
    }

    /** Pages of {@code maxCount} this cycle can still read. */
    long pagesLeft(int maxCount) {
        return Math.min(requests, records / maxCount);
    }

    int requests() {
        return requests;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
