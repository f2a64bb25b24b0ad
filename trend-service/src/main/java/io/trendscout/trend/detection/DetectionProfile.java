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
}
