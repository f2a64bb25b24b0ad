package io.trendscout.trend.detection;

import java.time.Instant;

/**
 * Both detectors' judgement of one series at one point, using only the points up to it.
 *
 * @param early     the early warning ({@link EarlyDetector})
 * @param confirmed the confirmed detector ({@link TrendDetector}): score, lifecycle and breakdown of a trend
 */
public record Verdict(Instant at, Assessment early, Assessment confirmed) {

    /** The series is still clearly above its normal by either detector, or confirmed. */
    public boolean elevated() {
        return early.elevated() || confirmed.elevated() || confirmed.detected();
    }
}
