package io.trendscout.trend.detection;

import java.time.Duration;

/**
 * Everything that tunes detection for one bucket width: the confirmed detector, the early
 * warning and the stage timings. {@link #forBucket} gives the documented settings (DETECTION.md).
 */
public record DetectionProfile(Duration bucketWidth, DetectorSettings confirmed, EarlySettings early, StageSettings stages) {

    public static DetectionProfile forBucket(Duration bucketWidth) {
        return new DetectionProfile(bucketWidth, DetectorSettings.confirmedFor(bucketWidth), EarlySettings.earlyFor(bucketWidth),
                StageSettings.forBucket(bucketWidth));
    }

    /** The hourly profile with another confirmed detector (e.g. from {@code trendscout.trend.detector.*}). */
    public DetectionProfile withConfirmed(DetectorSettings settings) {
        return new DetectionProfile(bucketWidth, settings, early, stages);
    }

    /**
     * The same profile without the minimum of distinct creators: for market data, whose breadth is
     * the buyers behind units sold and whose creator counts are known only for the days they were read.
     */
    public DetectionProfile withoutCreatorFloor() {
        DetectorSettings c = confirmed;
        EarlySettings e = early;
        return new DetectionProfile(bucketWidth, new DetectorSettings(c.recentWindow(), c.baselineWindow(),
                c.persistenceWindow(), c.halfLife(), c.burstThreshold(), c.minLift(), c.persistenceShare(), c.minPoints(),
                c.minVolume(), 0, c.growthWindow()), new EarlySettings(e.bucketWidth(), e.window(), e.persistenceWindow(),
                e.persistenceShare(), e.seasonPeriod(), e.seasons(), e.baselineWindow(), e.threshold(), e.minLift(),
                e.minVolume(), 0), stages);
    }
}
