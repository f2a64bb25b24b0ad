package io.trendscout.trend.trends;

/**
 * Where a series stands. EARLY is the early warning (raised within about an hour of a burst's
 * start where a source has fine buckets); CONFIRMED is a trend (the confirmed detector fired);
 * WITHDRAWN an early warning whose burst died before confirmation; ENDED a confirmed trend back
 * at its baseline.
 */
public enum Stage {
    NONE(0), WITHDRAWN(1), EARLY(2), ENDED(3), CONFIRMED(4);

    private final int rank;

    Stage(int rank) {
        this.rank = rank;
    }

    /** Order for combining sources: the trend shows its most advanced series. */
    public int rank() {
        return rank;
    }
}
