package io.trendscout.platform.events.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.EventType;
import io.trendscout.platform.events.EventTypes;

/**
 * A connected TikTok account's stats were fetched: summary plus per-hashtag performance and, since
 * schema version 2, the videos this fetch read.
 *
 * @param hashtags        the account's hashtags over all its stored videos (one creator's totals)
 * @param videos          schema 2: every video this fetch read, with its cumulative counters at
 *                        {@code fetchedAt}; {@code null} in a schema 1 event (no per-video data)
 * @param deletedVideoIds schema 2: ids of the account's videos that an earlier fetch saw and this
 *                        one found gone (deleted or no longer public), each reported once; empty
 *                        when the fetch could not tell (a listing that stopped early)
 */
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
        Instant fetchedAt,
        List<Video> videos,
        List<String> deletedVideoIds) implements EventPayload {

    /** A schema 1 event: account summary and hashtag totals only. */
    public StatsFetched(UUID userId, String openId, String displayName, long followers, long likes, long videoCount,
            double engagementRate, long averageViews, List<HashtagPerformance> hashtags, Instant fetchedAt) {
        this(userId, openId, displayName, followers, likes, videoCount, engagementRate, averageViews, hashtags, fetchedAt,
                null, null);
    }

    public record HashtagPerformance(String hashtag, int videos, long views, long likes, long comments, long shares,
            long creators) {
    }

    /**
     * One video as this fetch saw it.
     *
     * @param hashtags the hashtags of its title and description: lower case, without '#', first
     *                 occurrence order, no duplicates
     */
    public record Video(String id, Instant createTime, List<String> hashtags, long viewCount, long likeCount,
            long commentCount, long shareCount) {
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
