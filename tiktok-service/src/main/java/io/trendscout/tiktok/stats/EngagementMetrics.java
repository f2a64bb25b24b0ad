package io.trendscout.tiktok.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics of seed 003 and beyond, computed from stored data, free of Spring and I/O.
 * Engagement rate = (likes + comments + shares) / views x 100 over the newest N videos; no
 * views means 0, not an error.
 */
final class EngagementMetrics {

    record HashtagStats(String hashtag, int videos, long views, long likes, long comments, long shares,
            double engagementRate, long averageViews) {
    }

    record HourStats(int hourUtc, int videos, long averageViews, double engagementRate) {
    }

    record Growth(Long followersLastDay, Long followersLastWeek, Double followersPerDay, Double followersPerWeek,
            Long likesLastWeek) {
    }

    private EngagementMetrics() {
    }

    /** Over the first {@code n} videos of a newest-first list. */
    static double engagementRate(List<StoredVideo> newestFirst, int n) {
        List<StoredVideo> recent = newestFirst.subList(0, Math.min(n, newestFirst.size()));
        return rate(recent.stream().mapToLong(StoredVideo::interactions).sum(), recent.stream().mapToLong(StoredVideo::views).sum());
    }

    static long averageViews(List<StoredVideo> newestFirst, int n) {
        List<StoredVideo> recent = newestFirst.subList(0, Math.min(n, newestFirst.size()));
        return recent.isEmpty() ? 0 : Math.round(recent.stream().mapToLong(StoredVideo::views).sum() / (double) recent.size());
    }

    static double rate(long interactions, long views) {
        if (views <= 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(interactions * 100.0 / views).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Most viewed first; ties broken by engagement. */
    static List<StoredVideo> topVideos(List<StoredVideo> videos, int k) {
        return videos.stream()
                .sorted(Comparator.comparingLong(StoredVideo::views).reversed()
                        .thenComparing(Comparator.comparingDouble((StoredVideo v) -> rate(v.interactions(), v.views())).reversed()))
                .limit(k).toList();
    }

    /** Every hashtag used, best average views first. */
    static List<HashtagStats> hashtagPerformance(List<StoredVideo> videos) {
        Map<String, List<StoredVideo>> byTag = new LinkedHashMap<>();
        videos.forEach(v -> v.hashtags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(v)));
        return byTag.entrySet().stream().map(e -> {
            List<StoredVideo> tagged = e.getValue();
            long views = tagged.stream().mapToLong(StoredVideo::views).sum();
            long likes = tagged.stream().mapToLong(StoredVideo::likes).sum();
            long comments = tagged.stream().mapToLong(StoredVideo::comments).sum();
            long shares = tagged.stream().mapToLong(StoredVideo::shares).sum();
            return new HashtagStats(e.getKey(), tagged.size(), views, likes, comments, shares,
                    rate(likes + comments + shares, views), Math.round(views / (double) tagged.size()));
        }).sorted(Comparator.comparingLong(HashtagStats::averageViews).reversed().thenComparing(HashtagStats::hashtag)).toList();
    }

    /** Posting hours (UTC) of the account's own history, best average views first. */
    static List<HourStats> bestPostingHours(List<StoredVideo> videos, int k) {
        Map<Integer, List<StoredVideo>> byHour = new LinkedHashMap<>();
        videos.forEach(v -> byHour.computeIfAbsent(v.postedAt().atZone(ZoneOffset.UTC).getHour(), h -> new ArrayList<>()).add(v));
        return byHour.entrySet().stream().map(e -> {
            List<StoredVideo> posted = e.getValue();
            long views = posted.stream().mapToLong(StoredVideo::views).sum();
            return new HourStats(e.getKey(), posted.size(), Math.round(views / (double) posted.size()),
                    rate(posted.stream().mapToLong(StoredVideo::interactions).sum(), views));
        }).sorted(Comparator.comparingLong(HourStats::averageViews).reversed().thenComparingInt(HourStats::hourUtc)).limit(k).toList();
    }

    /**
     * Follower growth from snapshots (newest first): change over the last day and week (against
     * the newest snapshot at least that old) and the average per day / week over the history.
     */
    static Growth growth(List<AccountSnapshot> newestFirst) {
        if (newestFirst.size() < 2) {
            return new Growth(null, null, null, null, null);
        }
        AccountSnapshot latest = newestFirst.get(0);
        AccountSnapshot oldest = newestFirst.get(newestFirst.size() - 1);
        Optional<AccountSnapshot> dayAgo = atLeast(newestFirst, latest, Duration.ofDays(1));
        Optional<AccountSnapshot> weekAgo = atLeast(newestFirst, latest, Duration.ofDays(7));
        double days = Duration.between(oldest.fetchedAt(), latest.fetchedAt()).toSeconds() / 86_400.0;
        Double perDay = days <= 0 ? null : round((latest.followers() - oldest.followers()) / days);
        return new Growth(dayAgo.map(s -> latest.followers() - s.followers()).orElse(null),
                weekAgo.map(s -> latest.followers() - s.followers()).orElse(null),
                perDay, perDay == null ? null : round(perDay * 7), weekAgo.map(s -> latest.likes() - s.likes()).orElse(null));
    }

    private static Optional<AccountSnapshot> atLeast(List<AccountSnapshot> newestFirst, AccountSnapshot latest, Duration age) {
        return newestFirst.stream().filter(s -> !s.fetchedAt().isAfter(latest.fetchedAt().minus(age))).findFirst();
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
