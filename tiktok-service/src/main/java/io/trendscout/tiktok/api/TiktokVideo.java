package io.trendscout.tiktok.api;

import java.time.Instant;

/** A video with its public counters as the Display API reports them. */
public record TiktokVideo(String id, Instant postedAt, String title, String description, String shareUrl,
        String coverImageUrl, int duration, long views, long likes, long comments, long shares) {
}
