package io.trendscout.trend.panel;

/** A video's four public counters (cumulative as fetched, or what they gained). */
record Counters(long views, long likes, long comments, long shares) {

    static final Counters ZERO = new Counters(0, 0, 0, 0);

    /** Per counter, how far {@code this} lies above {@code mark}; a counter below it gains nothing. */
    Counters increaseOver(Counters mark) {
        return new Counters(Math.max(0, views - mark.views), Math.max(0, likes - mark.likes),
                Math.max(0, comments - mark.comments), Math.max(0, shares - mark.shares));
    }

    /** Per counter, the greater of the two. */
    Counters max(Counters other) {
        return new Counters(Math.max(views, other.views), Math.max(likes, other.likes), Math.max(comments, other.comments),
                Math.max(shares, other.shares));
    }

    boolean isZero() {
        return views == 0 && likes == 0 && comments == 0 && shares == 0;
    }
}
