package io.trendscout.trend.panel;

import java.time.Instant;

/**
 * What the panel computed (and submitted) for one hashtag and hour across all creators.
 *
 * @param videos    distinct videos with a contribution in the hour
 * @param creators  distinct creators of the hashtag's videos with a contribution in the 7 days up to this hour's end
 * @param fetchedAt the newest fetch (or erasure) the value reflects
 */
record PanelBucket(String hashtag, Instant hour, long views, long likes, long comments, long shares, long videos,
        long creators, Instant fetchedAt) {
}
