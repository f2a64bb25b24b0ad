package io.trendscout.tiktok.stats;

import java.time.Instant;
import java.util.List;

/** GET /api/tiktok/account: connection state, profile, current stats and metrics from stored data. */
record AccountResponse(Connection connection, Profile profile, Stats stats, Metrics metrics, Instant fetchedAt, boolean stale,
        String staleReason) {

    record Connection(String status, String statusReason, String openId, List<String> scopes, Instant connectedAt,
            String reconnectWith) {
    }

    record Profile(String username, String displayName, String avatarUrl, String bio, String profileUrl, boolean verified) {
    }

    record Stats(long followers, long following, long likes, long videoCount, long videosStored) {
    }

    record Metrics(double engagementRate, int engagementVideos, long averageViews, EngagementMetrics.Growth growth,
            List<TopVideo> topVideos, List<EngagementMetrics.HashtagStats> hashtags, List<EngagementMetrics.HourStats> bestPostingHours) {
    }

    record TopVideo(String id, String title, String shareUrl, Instant postedAt, long views, long likes, long comments,
            long shares, double engagementRate) {

        static TopVideo of(StoredVideo v) {
            return new TopVideo(v.id(), v.title(), v.shareUrl(), v.postedAt(), v.views(), v.likes(), v.comments(), v.shares(),
                    EngagementMetrics.rate(v.interactions(), v.views()));
        }
    }
}
