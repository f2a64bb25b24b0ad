package io.trendscout.trend.detection;

import java.time.Instant;

/** Cumulative counters of one series as observed at one instant (one hourly bucket in storage). */
public record SeriesPoint(Instant at, long views, long likes, long shares, long comments, long videos, long creators) {

    public static SeriesPoint views(Instant at, long views, long creators) {
        return new SeriesPoint(at, views, 0, 0, 0, 0, creators);
    }
}
