package io.trendscout.tiktok.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class EngagementMetricsTests {

    private static StoredVideo video(String id, String postedAt, String description, long views, long likes, long comments, long shares) {
        return new StoredVideo(id, Instant.parse(postedAt), id, description, null, null, 30, Hashtags.of(description), views, likes,
                comments, shares);
    }

    @Test
    void seed003sWorkedExampleGives572() {
        List<StoredVideo> videos = List.of(video("2", "2024-11-22T20:00:00Z", "", 15_000, 750, 75, 30),
                video("1", "2024-11-21T20:00:00Z", "", 10_000, 500, 50, 25));
        assertThat(EngagementMetrics.engagementRate(videos, 10)).isEqualTo(5.72);
        assertThat(EngagementMetrics.averageViews(videos, 10)).isEqualTo(12_500);
    }

    @Test
    void onlyTheNewestNVideosCount() {
        List<StoredVideo> videos = List.of(video("3", "2024-11-23T20:00:00Z", "", 1_000, 100, 0, 0),
                video("2", "2024-11-22T20:00:00Z", "", 1_000, 0, 0, 0), video("1", "2024-11-21T20:00:00Z", "", 1_000, 0, 0, 0));
        assertThat(EngagementMetrics.engagementRate(videos, 1)).isEqualTo(10.0);
        assertThat(EngagementMetrics.engagementRate(videos, 3)).isEqualTo(3.33);
    }

    @Test
    void noVideosOrNoViewsMeanZeroNotAnError() {
        assertThat(EngagementMetrics.engagementRate(List.of(), 10)).isZero();
        assertThat(EngagementMetrics.averageViews(List.of(), 10)).isZero();
        assertThat(EngagementMetrics.engagementRate(List.of(video("1", "2024-11-21T20:00:00Z", "", 0, 5, 1, 0)), 10)).isZero();
    }

    @Test
    void hashtagsAndPostingHoursRankByAverageViews() {
        List<StoredVideo> videos = List.of(video("1", "2024-11-21T20:00:00Z", "Lamp #Gadgets #fyp", 9_000, 900, 0, 0),
                video("2", "2024-11-21T07:00:00Z", "Pan #kitchenhacks #fyp #fyp", 1_000, 10, 0, 0),
                video("3", "2024-11-22T20:00:00Z", "Cable #gadgets", 7_000, 70, 0, 0));
        List<EngagementMetrics.HashtagStats> tags = EngagementMetrics.hashtagPerformance(videos);
        assertThat(tags).extracting(EngagementMetrics.HashtagStats::hashtag).containsExactly("#gadgets", "#fyp", "#kitchenhacks");
        assertThat(tags.get(0).videos()).isEqualTo(2);
        assertThat(tags.get(0).averageViews()).isEqualTo(8_000);
        assertThat(tags.get(0).engagementRate()).isEqualTo(6.06);
        assertThat(EngagementMetrics.bestPostingHours(videos, 3)).extracting(EngagementMetrics.HourStats::hourUtc).containsExactly(20, 7);
        assertThat(EngagementMetrics.topVideos(videos, 2)).extracting(StoredVideo::id).containsExactly("1", "3");
    }

    @Test
    void growthPerDayAndWeekFromSnapshots() {
        List<AccountSnapshot> history = List.of(snapshot("2024-11-23T03:00:00Z", 1_300), snapshot("2024-11-22T03:00:00Z", 1_200),
                snapshot("2024-11-16T03:00:00Z", 1_000), snapshot("2024-11-13T03:00:00Z", 900));
        EngagementMetrics.Growth growth = EngagementMetrics.growth(history);
        assertThat(growth.followersLastDay()).isEqualTo(100);
        assertThat(growth.followersLastWeek()).isEqualTo(300);
        assertThat(growth.followersPerDay()).isEqualTo(40.0);
        assertThat(growth.followersPerWeek()).isEqualTo(280.0);
        assertThat(EngagementMetrics.growth(history.subList(0, 1)).followersPerDay()).isNull();
    }

    private static AccountSnapshot snapshot(String at, long followers) {
        return new AccountSnapshot(Instant.parse(at), "o", "u", "U", null, null, null, false, followers, 0, 0, 0);
    }
}
