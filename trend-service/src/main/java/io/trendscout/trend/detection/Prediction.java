package io.trendscout.trend.detection;

import java.time.Instant;

/**
 * Where a trend is heading, from a logistic fit of its cumulative views.
 *
 * @param peakDate           inflection of the fitted S-curve (the day of the highest view velocity)
 * @param expectedDuration   days from 5 % to 95 % of the fitted rise
 * @param maxViewEstimate    cumulative views expected when the rise is 95 % done
 * @param confidenceScore    0-100: fit quality (R² of the increments) x coverage of the curve x data support
 */
public record Prediction(Instant peakDate, double expectedDuration, long maxViewEstimate, int confidenceScore,
        double rSquared, double coverage) {
}
