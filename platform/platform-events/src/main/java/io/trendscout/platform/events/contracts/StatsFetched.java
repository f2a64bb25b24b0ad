package io.trendscout.platform.events.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.EventType;
import io.trendscout.platform.events.EventTypes;

/** A connected TikTok account's stats were fetched: summary plus per-hashtag performance. */
public record StatsFetched(
        UUID userId,
        String openId,
        String displayName,
        long followers,
        long likes,
        long videoCount,
        double engagementRate,
        long averageViews,
        List<HashtagPerformance> hashtags,
        Instant fetchedAt) implements EventPayload {

    public record HashtagPerformance(String hashtag, int videos, long views, long likes, long comments, long shares,
            long creators) {
    }

    @Override
    public EventType eventType() {
        return EventTypes.STATS_FETCHED;
    }

    @Override
    public String subject() {
        return userId.toString();
    }
}
