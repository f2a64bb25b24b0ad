package io.trendscout.trend.detection;

/** Where a trend stands on its curve: still accelerating, near its top, or past it. */
public enum Lifecycle {
    EMERGING, PEAKING, DECAYING
}
