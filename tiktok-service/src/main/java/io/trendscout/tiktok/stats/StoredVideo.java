package io.trendscout.tiktok.stats;

import java.time.Instant;
import java.util.List;

/** A video as stored, with its latest counters and the hashtags of its description. */
record StoredVideo(String id, Instant postedAt, String title, String description, String shareUrl, String coverImageUrl,
        int duration, List<String> hashtags, long views, long likes, long comments, long shares) {

    long interactions() {
        return likes + comments + shares;
    }
}
