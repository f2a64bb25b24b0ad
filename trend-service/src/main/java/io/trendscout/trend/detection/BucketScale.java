package io.trendscout.trend.detection;

import java.time.Duration;

/** The three families of bucket widths the settings are documented for. */
enum BucketScale {
    /** below an hour, e.g. 5-minute buckets */
    FINE,
    /** an hour up to below a day */
    HOURLY,
    /** a day or more (market data) */
    DAILY;

    static BucketScale of(Duration bucketWidth) {
        if (bucketWidth.isNegative() || bucketWidth.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("A bucket is at least one minute wide");
        }
        return bucketWidth.compareTo(Duration.ofHours(1)) < 0 ? FINE
                : bucketWidth.compareTo(Duration.ofDays(1)) < 0 ? HOURLY : DAILY;
    }
}
