package io.trendscout.trend.detection;

import java.time.Duration;

/**
 * Tuning of the {@link TrendDetector} (the confirmed stage); the defaults are the documented ones
 * (see DETECTION.md). All windows are durations, so one algorithm serves every bucket width;
 * {@link #confirmedFor} gives the documented settings per width.
 *
 * @param recentWindow      window judged against the baseline (velocity, acceleration, volume)
 * @param baselineWindow    history before the recent window that defines the series' normal
 * @param persistenceWindow the latest stretch in which most intervals must be above the band
 * @param halfLife          half-life of the exponentially weighted moving average of velocity
 * @param burstThreshold    robust z the smoothed velocity must reach
 * @param minLift           smoothed velocity must also be at least this multiple of the baseline median
 * @param persistenceShare  share of intervals in the persistence window above median + 2 spreads
 * @param minPoints         minimum points in the analysed range
 * @param minVolume         minimum views gained in the recent window
 * @param minCreators       minimum unique creators at the latest point
 * @param growthWindow      window of the growth rate (window over previous window)
 */
public record DetectorSettings(Duration recentWindow, Duration baselineWindow, Duration persistenceWindow,
        Duration halfLife, double burstThreshold, double minLift, double persistenceShare, int minPoints,
        long minVolume, long minCreators, Duration growthWindow) {

    public DetectorSettings {
        if (recentWindow.isNegative() || recentWindow.isZero() || baselineWindow.isNegative() || baselineWindow.isZero()
                || persistenceWindow.isNegative() || persistenceWindow.isZero() || halfLife.isNegative()
                || halfLife.isZero() || growthWindow.isNegative() || growthWindow.isZero()) {
            throw new IllegalArgumentException("Detector windows must be positive");
        }
        if (burstThreshold <= 0 || minLift < 1 || persistenceShare <= 0 || persistenceShare > 1 || minPoints < 3) {
            throw new IllegalArgumentException("Detector thresholds out of range");
        }
    }

    /** The confirmed detector on hourly buckets ({@code trendscout.trend.detector.*} mirrors it). */
    public static DetectorSettings defaults() {
        return new DetectorSettings(Duration.ofHours(48), Duration.ofDays(14), Duration.ofHours(24), Duration.ofHours(12),
                3.0, 1.5, 0.75, 12, 1_000, 3, Duration.ofHours(24));
    }

    /**
     * The confirmed detector for a bucket width: hourly {@link #defaults()}, also below an hour
     * ({@link SeriesJudge} judges a finer series at its full hours); from a day
     * on (market data, e.g. units sold per day) windows of days: 4 days judged against the 28
     * before, each of the last 3 days above the band, a 1-day half-life, stricter z 3.5 and lift 2
     * (a daily baseline has few points) and a volume floor of 100.
     */
    public static DetectorSettings confirmedFor(Duration bucketWidth) {
        DetectorSettings hourly = defaults();
        return switch (BucketScale.of(bucketWidth)) {
            case FINE, HOURLY -> hourly;
            case DAILY -> new DetectorSettings(Duration.ofDays(4), Duration.ofDays(28), Duration.ofDays(3), Duration.ofDays(1),
                    3.5, 2.0, 1.0, 10, 100, 3, Duration.ofDays(1));
        };
    }

    /** z at which a series still counts as elevated (keeps a stage alive): two thirds of the burst threshold. */
    public double elevatedZ() {
        return burstThreshold * 2 / 3;
    }

    /** Lift at which a series still counts as elevated: half the excess the burst needs (1.5 → 1.25). */
    public double elevatedLift() {
        return 1 + (minLift - 1) / 2;
    }
}
