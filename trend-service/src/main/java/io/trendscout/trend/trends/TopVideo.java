package io.trendscout.trend.trends;

/** One of a trend's most viewed videos (seed Trend schema {@code topVideos}). */
public record TopVideo(String videoId, String creatorId, String url, long viewCount, long likeCount, long commentCount,
        long shareCount) {
}
