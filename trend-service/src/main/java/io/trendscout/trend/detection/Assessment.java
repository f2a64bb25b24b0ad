package io.trendscout.trend.detection;

import java.time.Instant;

/**
 * The detector's verdict on a series at its latest point.
 *
 * @param detected   the burst rule fired (see package documentation)
 * @param elevated   the series is still clearly above its normal (z at least 2/3 of the threshold, lift at
 *                   least half the required excess): what keeps an early warning or a trend alive
 * @param supported  the series has enough points, volume and creators to be judged at all
 * @param growthRate views gained in the last growth window vs the one before, in percent
 */
public record Assessment(Instant at, boolean detected, boolean elevated, boolean supported, int score, Level level, Direction direction,
        Lifecycle lifecycle, double growthRate, Breakdown breakdown) {

    static Assessment insufficient(Instant at) {
        return new Assessment(at, false, false, false, 0, Level.LOW, Direction.STABLE, Lifecycle.EMERGING, 0,
                new Breakdown(0, 0, 0, 0, 0, 0, 0, 0, 0));
    }
}
