package io.trendscout.trend.detection;

import java.time.Duration;

/**
 * Tuning of the {@link TrendDetector}; the defaults are the documented ones (see DETECTION.md).
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

    public static DetectorSettings defaults() {
        return new DetectorSettings(Duration.ofHours(48), Duration.ofDays(14), Duration.ofHours(24), Duration.ofHours(12),
                3.0, 1.5, 0.75, 12, 1_000, 3, Duration.ofHours(24));
    }
}
