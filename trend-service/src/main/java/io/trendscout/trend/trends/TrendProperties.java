package io.trendscout.trend.trends;

import java.time.Duration;

import io.trendscout.trend.detection.DetectorSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the trend feature ({@code trendscout.trend.*}).
 *
 * @param retention       buckets older than this are purged
 * @param analysisWindow  history a verdict looks at (must cover the detector's windows)
 * @param replayWindow    how far back a series is judged bucket by bucket when it has not been scored
 *                        (backfills): stage changes older than this are not reconstructed
 * @param maxClockSkew    observations further in the future than this are rejected
 * @param rescoreBatch    series scored per transaction
 * @param withdrawAfter   an early warning without elevated activity for this long is withdrawn
 * @param endAfter        a confirmed trend without elevated activity for this long has ended
 * @param observations    the observation topic and its consumers
 * @param detector        confirmed detector tuning for hourly buckets
 */
@ConfigurationProperties("trendscout.trend")
public record TrendProperties(@DefaultValue("120d") Duration retention, @DefaultValue("30d") Duration analysisWindow,
        @DefaultValue("21d") Duration replayWindow, @DefaultValue("1h") Duration maxClockSkew,
        @DefaultValue("500") int rescoreBatch, @DefaultValue("6h") Duration withdrawAfter,
        @DefaultValue("7d") Duration endAfter, @DefaultValue Observations observations, @DefaultValue Detector detector) {

    public TrendProperties {
        if (retention.compareTo(analysisWindow.plus(replayWindow)) < 0) {
            throw new IllegalArgumentException("trendscout.trend.retention must be at least the analysis plus the replay window");
        }
    }

    /**
     * @param partitions partitions of {@code trend.observations.v1} (the most replicas that share scoring)
     * @param maxBatch   observations per consumed batch
     */
    public record Observations(@DefaultValue("12") int partitions, @DefaultValue("5000") int maxBatch) {
    }

    /** Mirrors {@link DetectorSettings} with its documented defaults. */
    public record Detector(@DefaultValue("48h") Duration recentWindow, @DefaultValue("14d") Duration baselineWindow,
            @DefaultValue("24h") Duration persistenceWindow, @DefaultValue("12h") Duration halfLife,
            @DefaultValue("3.0") double burstThreshold, @DefaultValue("1.5") double minLift,
            @DefaultValue("0.75") double persistenceShare, @DefaultValue("12") int minPoints,
            @DefaultValue("1000") long minVolume, @DefaultValue("3") long minCreators,
            @DefaultValue("24h") Duration growthWindow) {

        public DetectorSettings settings() {
            return new DetectorSettings(recentWindow, baselineWindow, persistenceWindow, halfLife, burstThreshold, minLift,
                    persistenceShare, minPoints, minVolume, minCreators, growthWindow);
        }
    }
}
