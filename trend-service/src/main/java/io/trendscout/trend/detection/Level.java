package io.trendscout.trend.detection;

/** Strength of a trend, derived from its score. */
public enum Level {
    LOW, MEDIUM, HIGH;

    static Level of(int score) {
        return score >= 70 ? HIGH : score >= 40 ? MEDIUM : LOW;
    }
}
