package io.trendscout.trend.detection;

/** Whether the smoothed view velocity grows, holds or shrinks over the recent window. */
public enum Direction {
    RISING, STABLE, FALLING
}
