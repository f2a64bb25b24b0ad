package io.trendscout.trend.panel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A hashtag's hourly bucket across all creators, computed from the contributions: sums of what the
 * videos carrying the hashtag gained in that hour, the number of those videos and of their creators.
 *
 * <p>Concurrency: replicas apply different creators' fetches at the same time, each in its own
 * transaction, and each recomputes the buckets it touched. A recomputation that cannot see another
 * transaction's uncommitted contribution would, if submitted last, replace the bucket with a value
 * lacking it. So each bucket's {@code panel_bucket} row is locked (in key order, so no deadlock)
 * before computing and stays locked until commit: the next transaction touching that bucket
 * computes only after the previous one committed, sees its contribution, and submits after it.
 * The last value submitted for a bucket therefore always holds every committed contribution.
 */
@Repository
class PanelBuckets {

    /** A hashtag (normalized) and an hour. */
    record Key(String hashtag, Instant hour) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::hashtag).thenComparing(Key::hour);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private final JdbcTemplate jdbc;

    PanelBuckets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks, recomputes and stores the buckets; must run in the transaction that wrote the
     * contributions. {@code asOf} becomes their {@code fetchedAt} unless a later one already is.
     */
    List<PanelBucket> recompute(SortedSet<Key> keys, Instant asOf) {
        if (keys.isEmpty()) {
            return List.of();
        }
        String[] hashtags = keys.stream().map(Key::hashtag).toArray(String[]::new);
        long[] hours = keys.stream().mapToLong(k -> k.hour().getEpochSecond()).toArray();
        jdbc.update("""
                insert into panel_bucket (hashtag, hour)
                select k.hashtag, to_timestamp(k.epoch) from unnest(?::text[], ?::bigint[]) with ordinality as k(hashtag, epoch, n)
                order by k.n
                on conflict (hashtag, hour) do update set fetched_at = panel_bucket.fetched_at""", hashtags, hours);
        List<PanelBucket> buckets = jdbc.query("""
                with k as (select t.hashtag, to_timestamp(t.epoch) as hour from unnest(?::text[], ?::bigint[]) as t(hashtag, epoch)),
                computed as (
                    select k.hashtag, k.hour, coalesce(sum(c.views), 0) views, coalesce(sum(c.likes), 0) likes,
                           coalesce(sum(c.comments), 0) comments, coalesce(sum(c.shares), 0) shares,
                           count(distinct c.video_id) videos,
                           -- a gauge: distinct creators of the hashtag in the 7 days up to the bucket's end
                           (select count(distinct v2.creator_id) from panel_video_hashtag h2
                              join panel_contribution c2 on c2.video_id = h2.video_id
                              join panel_video v2 on v2.video_id = c2.video_id
                            where h2.hashtag = k.hashtag and c2.hour > k.hour - interval '7 days' and c2.hour <= k.hour) creators
                    from k
                    left join panel_video_hashtag h on h.hashtag = k.hashtag
                    left join panel_contribution c on c.video_id = h.video_id and c.hour = k.hour
                    left join panel_video v on v.video_id = c.video_id
                    group by k.hashtag, k.hour)
                update panel_bucket b set views = computed.views, likes = computed.likes, comments = computed.comments,
                    shares = computed.shares, videos = computed.videos, creators = computed.creators,
                    fetched_at = greatest(b.fetched_at, ?)
                from computed where b.hashtag = computed.hashtag and b.hour = computed.hour
                returning b.*""", PanelBuckets::bucket, hashtags, hours, Timestamp.from(asOf));
        return buckets.stream().sorted(Comparator.comparing(b -> new Key(b.hashtag(), b.hour()))).toList();
    }

    Optional<PanelBucket> find(String hashtag, Instant hour) {
        return jdbc.query("select * from panel_bucket where hashtag = ? and hour = ?", PanelBuckets::bucket, hashtag,
                Timestamp.from(hour)).stream().findFirst();
    }

    private static PanelBucket bucket(ResultSet rs, int row) throws SQLException {
        return new PanelBucket(rs.getString("hashtag"), rs.getTimestamp("hour").toInstant(), rs.getLong("views"),
                rs.getLong("likes"), rs.getLong("comments"), rs.getLong("shares"), rs.getLong("videos"),
                rs.getLong("creators"), rs.getTimestamp("fetched_at").toInstant());
    }
}
