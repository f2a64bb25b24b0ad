package io.trendscout.trend.detection;

import java.time.Duration;

/**
 * Tuning of the {@link EarlyDetector} (the early warning); {@link #earlyFor} gives the documented
 * settings per bucket width (see DETECTION.md).
 *
 * @param bucketWidth       width of the series' buckets (the floor of the ratios is one view per bucket)
 * @param window            the latest stretch judged: views gained in it against what the season expects
 * @param persistenceWindow the latest stretch whose buckets must each be above their own expectation
 * @param persistenceShare  share of the buckets in the persistence window that must be
 * @param seasonPeriod      the rhythm removed from the expectation (a day for fine and hourly buckets, a week for daily ones)
 * @param seasons           how many past periods the expectation is the median of (same time of day / weekday)
 * @param baselineWindow    history before the window whose window-over-expectation ratios define normal noise
 * @param threshold         robust z the window's log ratio must reach
 * @param minLift           the window must also be at least this multiple of its expectation
 * @param minVolume         minimum views gained in the window
 * @param minCreators       minimum unique creators at the point
 */
public record EarlySettings(Duration bucketWidth, Duration window, Duration persistenceWindow, double persistenceShare,
        Duration seasonPeriod, int seasons, Duration baselineWindow, double threshold, double minLift, long minVolume,
        long minCreators) {

    public EarlySettings {
        for (Duration d : new Duration[] {bucketWidth, window, persistenceWindow, seasonPeriod, baselineWindow}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("Early detector windows must be positive");
            }
        }
        if (window.compareTo(bucketWidth) < 0 || persistenceWindow.compareTo(bucketWidth) < 0) {
            throw new IllegalArgumentException("Early detector windows cover at least one bucket");
        }
        if (threshold <= 0 || minLift <= 1 || persistenceShare <= 0 || persistenceShare > 1 || seasons < 3) {
            throw new IllegalArgumentException("Early detector thresholds out of range");
        }
    }

    /**
     * Per bucket width: fine (below an hour, e.g. 5 minutes) judges the last 30 minutes with 3 of
     * the last 4 buckets above expectation; hourly the last 2 hours, both above; daily the last
     * day. The expectation is the median of the same time of day over the last 7 days (fine,
     * hourly) or of the same weekday over the last 3 weeks (daily); the noise is judged over the
     * 7 (28) days before. All need robust z ≥ 4 and twice the expected views, 3 creators.
     */
    public static EarlySettings earlyFor(Duration bucketWidth) {
        return switch (BucketScale.of(bucketWidth)) {
            case FINE -> new EarlySettings(bucketWidth, atLeast(Duration.ofMinutes(30), bucketWidth, 3),
                    atLeast(Duration.ofMinutes(20), bucketWidth, 2), 0.75, Duration.ofDays(1), 7, Duration.ofDays(7), 4.0,
                    2.0, 100, 3);
            case HOURLY -> new EarlySettings(bucketWidth, bucketWidth.multipliedBy(2), bucketWidth.multipliedBy(2), 1.0,
                    Duration.ofDays(1), 7, Duration.ofDays(7), 4.0, 2.0, 200, 3);
            case DAILY -> new EarlySettings(bucketWidth, bucketWidth, bucketWidth, 1.0, Duration.ofDays(7), 3,
                    Duration.ofDays(28), 4.0, 2.0, 50, 3);
        };
    }

    /** z at which a series still counts as elevated: two thirds of the threshold. */
    public double elevatedZ() {
        return threshold * 2 / 3;
    }

    /** Lift at which a series (and each bucket of the persistence window) counts as elevated: half the excess. */
    public double elevatedLift() {
        return 1 + (minLift - 1) / 2;
    }

    private static Duration atLeast(Duration duration, Duration bucketWidth, int buckets) {
        Duration minimum = bucketWidth.multipliedBy(buckets);
        return duration.compareTo(minimum) < 0 ? minimum : duration;
    }
}
