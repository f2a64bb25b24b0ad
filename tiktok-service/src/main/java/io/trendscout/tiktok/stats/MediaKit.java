package io.trendscout.tiktok.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GET /api/mediakit/tiktok: the {@code stats_data} JSON of seed 003 (meta, profile, stats and the
 * flat platform / followers / posts / engagement_rate / fetched_at fields), plus top videos,
 * growth with a daily history, hashtags and best posting hours.
 */
record MediaKit(Meta meta, Profile profile, Stats stats, String platform, long followers, long posts,
        @JsonProperty("engagement_rate") double engagementRate, @JsonProperty("fetched_at") Instant fetchedAt,
        @JsonProperty("top_videos") List<Video> topVideos, Growth growth, List<Hashtag> hashtags,
        @JsonProperty("best_posting_hours_utc") List<Integer> bestPostingHoursUtc) {

    record Meta(@JsonProperty("updated_at") Instant updatedAt, String source, @JsonProperty("api_version") String apiVersion,
            boolean stale) {
    }

    record Profile(String username, String name, String avatar, String bio, String url) {
    }

    record Stats(long followers, long likes, long videos, @JsonProperty("engagement_rate") double engagementRate,
            @JsonProperty("avg_views") long avgViews) {
    }

    record Video(String id, String title, String url, @JsonProperty("posted_at") Instant postedAt, long views, long likes,
            long comments, long shares, @JsonProperty("engagement_rate") double engagementRate) {
    }

    record Growth(@JsonProperty("followers_last_day") Long followersLastDay,
            @JsonProperty("followers_last_week") Long followersLastWeek,
            @JsonProperty("followers_per_day") Double followersPerDay,
            @JsonProperty("followers_per_week") Double followersPerWeek, List<Point> history) {
    }

    record Point(LocalDate date, long followers, long likes, long videos) {
    }

    record Hashtag(String hashtag, int videos, @JsonProperty("avg_views") long avgViews,
            @JsonProperty("engagement_rate") double engagementRate) {
    }

    /** One point per day (the day's last snapshot), oldest first. */
    static List<Point> daily(List<AccountSnapshot> newestFirst) {
        Map<LocalDate, AccountSnapshot> byDay = new LinkedHashMap<>();
        for (AccountSnapshot s : newestFirst) {
            byDay.putIfAbsent(s.fetchedAt().atZone(ZoneOffset.UTC).toLocalDate(), s);
        }
        List<Point> points = new ArrayList<>();
        byDay.forEach((day, s) -> points.add(0, new Point(day, s.followers(), s.likes(), s.videoCount())));
        return points;
    }
}
