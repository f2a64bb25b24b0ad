package io.trendscout.sandbox.world;

/** A video's public counters at one instant. */
public record VideoCounts(long views, long likes, long comments, long shares) {
}
