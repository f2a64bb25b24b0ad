package io.trendscout.tiktok.stats;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.tiktok.api.TiktokUser;
import io.trendscout.tiktok.api.TiktokVideo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one fetch and publishes StatsFetched in the same transaction (outbox): the account's
 * summary and hashtag totals, every video the fetch read with its counters, and the videos found gone.
 */
@Component
class StatsStore {

    private final Snapshots snapshots;
    private final EventPublisher events;
    private final FetchProperties properties;

    StatsStore(Snapshots snapshots, EventPublisher events, FetchProperties properties) {
        this.snapshots = snapshots;
        this.events = events;
        this.properties = properties;
    }

    /** {@code gone}: ids of stored videos this fetch established no longer exist; they are forgotten here. */
    @Transactional
    StatsFetched save(UUID userId, TiktokUser user, List<TiktokVideo> videos, List<String> gone, Instant at) {
        snapshots.saveAccount(userId, user, at);
        Map<String, TiktokVideo> read = new LinkedHashMap<>();
        videos.forEach(video -> read.put(video.id(), video));
        read.values().forEach(video -> snapshots.saveVideo(userId, video, at));
        List<String> deleted = gone.stream().filter(id -> !read.containsKey(id)).distinct().toList();
        snapshots.removeVideos(userId, deleted);
        List<StoredVideo> stored = snapshots.videos(userId);
        List<StatsFetched.HashtagPerformance> hashtags = EngagementMetrics.hashtagPerformance(stored).stream()
                .map(h -> new StatsFetched.HashtagPerformance(h.hashtag(), h.videos(), h.views(), h.likes(), h.comments(),
                        h.shares(), 1))
                .toList();
        List<StatsFetched.Video> fetched = read.values().stream()
                .map(v -> new StatsFetched.Video(v.id(), v.postedAt(), Hashtags.names(v.title(), v.description()), v.views(),
                        v.likes(), v.comments(), v.shares()))
                .toList();
        StatsFetched stats = new StatsFetched(userId, user.openId(), user.displayName(), user.followers(), user.likes(),
                user.videoCount(), EngagementMetrics.engagementRate(stored, properties.engagementVideos()),
                EngagementMetrics.averageViews(stored, properties.engagementVideos()), hashtags, at, fetched, deleted);
        events.publish(stats);
        return stats;
    }
}
