package io.trendscout.sandbox.world;

import java.time.Duration;
import java.time.Instant;

/**
 * The known shapes planted in the simulated market. {@link #intensity} is the multiplier of an
 * entity's normal activity (1 = its baseline) at a time; the generators of videos and of product
 * sales multiply their baseline rates by it. Trends are the first four; the decoys look like
 * activity but must never be reported as trends.
 */
public enum Shape {
    /** Burst started about a day ago, peak still ahead. */
    EMERGING(true),
    /** Rose over the last days, at its peak about now. */
    PEAKING(true),
    /** Peaked a few days ago, falling since. */
    DECAYING(true),
    /** Peaks every week on the same weekday. */
    WEEKLY_SEASONAL(true),
    /** A one-hour spike that dies at once. */
    DECOY_SPIKE(false),
    /** One creator posting the hashtag over and over (volume without breadth). */
    DECOY_SINGLE_CREATOR(false),
    /** Grows slowly and steadily, below any burst threshold. */
    DECOY_SLOW_GROWER(false),
    /** Ordinary entity: its baseline with noise and the usual daily / weekly rhythm. */
    BACKGROUND(false);

    private final boolean trend;

    Shape(boolean trend) {
        this.trend = trend;
    }

    public boolean isTrend() {
        return trend;
    }

    /**
     * Activity multiplier at {@code t} for a shape planted with the given burst start, peak and
     * peak lift (multiplier at the peak, e.g. 12). Causal in the sense of a real market: the value
     * at t never depends on anything but t.
     */
    public double intensity(Instant t, Instant burstStart, Instant peak, double peakLift) {
        double hoursToPeak = Duration.between(t, peak).toMillis() / 3_600_000.0;
        double hoursSinceStart = Duration.between(burstStart, t).toMillis() / 3_600_000.0;
        double riseHours = Math.max(1, Duration.between(burstStart, peak).toMillis() / 3_600_000.0);
        return switch (this) {
            // an accelerating rise from the burst start to the peak, then an exponential fall a little slower than the rise
            case EMERGING, PEAKING, DECAYING -> hoursSinceStart <= 0 ? 1
                    : hoursToPeak >= 0 ? 1 + (peakLift - 1) * Math.pow(hoursSinceStart / riseHours, 2)
                    : 1 + (peakLift - 1) * Math.exp(hoursToPeak / (0.6 * riseHours));
            case WEEKLY_SEASONAL -> {
                double phase = ((hoursToPeak % 168) + 168) % 168;
                double distance = Math.min(phase, 168 - phase);
                yield 1 + (peakLift - 1) * Math.exp(-0.5 * Math.pow(distance / 10, 2));
            }
            case DECOY_SPIKE -> 1 + (peakLift - 1) * Math.exp(-0.5 * Math.pow(hoursToPeak / 0.4, 2));
            case DECOY_SLOW_GROWER -> 1 + Math.max(0, hoursSinceStart / 24) * 0.01;
            case DECOY_SINGLE_CREATOR, BACKGROUND -> 1;
        };
    }
}
