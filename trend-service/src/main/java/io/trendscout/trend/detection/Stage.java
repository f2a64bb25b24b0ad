package io.trendscout.trend.detection;

/**
 * Where a series stands in the early-warning / trend cycle (see {@link TrendStages}).
 * WITHDRAWN and ENDED close an episode; a later burst opens a new one.
 */
public enum Stage {
    /** nothing raised */
    NONE,
    /** early warning raised, not (yet) confirmed */
    EARLY,
    /** the confirmed detector fired: a trend (its lifecycle says emerging, peaking or decaying) */
    CONFIRMED,
    /** an early warning whose burst died before it was confirmed */
    WITHDRAWN,
    /** a confirmed trend that has been back at its normal for long */
    ENDED;

    /** A warning or trend is currently raised. */
    public boolean raised() {
        return this == EARLY || this == CONFIRMED;
    }
}
