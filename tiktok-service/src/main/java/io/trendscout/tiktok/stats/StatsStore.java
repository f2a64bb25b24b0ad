package io.trendscout.tiktok.stats;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.tiktok.api.TiktokUser;
import io.trendscout.tiktok.api.TiktokVideo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores one fetch and publishes StatsFetched in the same transaction (outbox). */
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

    @Transactional
    StatsFetched save(UUID userId, TiktokUser user, List<TiktokVideo> videos, Instant at) {
        snapshots.saveAccount(userId, user, at);
        videos.forEach(video -> snapshots.saveVideo(userId, video, at));
        List<StoredVideo> stored = snapshots.videos(userId);
        List<StatsFetched.HashtagPerformance> hashtags = EngagementMetrics.hashtagPerformance(stored).stream()
                .map(h -> new StatsFetched.HashtagPerformance(h.hashtag(), h.videos(), h.views(), h.likes(), h.comments(),
                        h.shares(), 1))
                .toList();
        StatsFetched fetched = new StatsFetched(userId, user.openId(), user.displayName(), user.followers(), user.likes(),
                user.videoCount(), EngagementMetrics.engagementRate(stored, properties.engagementVideos()),
                EngagementMetrics.averageViews(stored, properties.engagementVideos()), hashtags, at);
        events.publish(fetched);
        return fetched;
    }
}
