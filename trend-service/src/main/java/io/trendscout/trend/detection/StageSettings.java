package io.trendscout.trend.detection;

import java.time.Duration;

/**
 * Timings of the {@link TrendStages} machine.
 *
 * @param withdrawAfter an early warning not elevated for this long is withdrawn
 * @param endAfter      a confirmed trend not elevated for this long has ended
 */
public record StageSettings(Duration withdrawAfter, Duration endAfter) {

    public StageSettings {
        if (withdrawAfter.isNegative() || withdrawAfter.isZero() || endAfter.isNegative() || endAfter.isZero()) {
            throw new IllegalArgumentException("Stage timings must be positive");
        }
    }

    /** Fine buckets: withdraw after 3 h, end after 48 h; hourly: 6 h / 48 h; daily: 2 days / 7 days. */
    public static StageSettings forBucket(Duration bucketWidth) {
        return switch (BucketScale.of(bucketWidth)) {
            case FINE -> new StageSettings(Duration.ofHours(3), Duration.ofHours(48));
            case HOURLY -> new StageSettings(Duration.ofHours(6), Duration.ofHours(48));
            case DAILY -> new StageSettings(Duration.ofDays(2), Duration.ofDays(7));
        };
    }
}
