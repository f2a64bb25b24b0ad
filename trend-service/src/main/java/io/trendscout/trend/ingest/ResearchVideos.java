package io.trendscout.trend.ingest;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TrendType;

/**
 * Aggregates Research API video records of one hashtag into one observation: sums of the video
 * counters, number of videos, and distinct creators (usernames are counted, not stored).
 */
final class ResearchVideos {

    record Video(String username, long viewCount, long likeCount, long commentCount, long shareCount) {
    }

    private ResearchVideos() {
    }

    static Observation aggregate(String hashtag, String region, Instant at, List<Video> videos) {
        long views = 0, likes = 0, comments = 0, shares = 0;
        Set<String> creators = new HashSet<>();
        for (Video v : videos) {
            views += Math.max(0, v.viewCount());
            likes += Math.max(0, v.likeCount());
            comments += Math.max(0, v.commentCount());
            shares += Math.max(0, v.shareCount());
            if (v.username() != null) {
                creators.add(v.username());
            }
        }
        return Observation.cumulative("tiktok-research", TrendType.HASHTAG, hashtag, region, null, at,
                Observation.Counts.engagement(views, likes, shares, comments, videos.size(), creators.size()), null);
    }
}
