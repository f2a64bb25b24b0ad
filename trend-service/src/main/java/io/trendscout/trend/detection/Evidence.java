package io.trendscout.trend.detection;

import java.time.Duration;

/**
 * What a stage change rests on: the signals of the detector that decided it, at the change.
 *
 * @param detector    {@code early} or {@code confirmed}
 * @param window      the window the detector judged (early: its short window; confirmed: the recent window)
 * @param lifecycle   the confirmed detector's lifecycle at the change
 */
public record Evidence(String detector, double burstZ, double lift, double persistence, long viewsGained, long creators,
        Duration window, int score, Lifecycle lifecycle) {

    static Evidence of(String detector, Assessment assessment, Duration window, Lifecycle lifecycle) {
        Breakdown b = assessment.breakdown();
        return new Evidence(detector, b.burstZ(), b.lift(), b.persistence(), b.viewsGained(), b.creators(), window,
                assessment.score(), lifecycle);
    }
}
