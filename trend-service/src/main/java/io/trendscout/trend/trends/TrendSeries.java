package io.trendscout.trend.trends;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.trend.detection.SeriesPoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Storage of series: one trend row per series, cumulative counters in hourly buckets. */
@Repository
class TrendSeries {

    private static final String SEPARATOR = "\u001f";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    TrendSeries(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Creates or refreshes the series' trend row (marked dirty) and returns its id. */
    UUID upsertTrend(SeriesUpdate update) {
        Observation first = update.first();
        return jdbc.queryForObject("""
                insert into trend (id, type, name, display_name, region, category, related_hashtags, related_products,
                                   top_videos, last_point_at, dirty)
                values (?, ?, ?, ?, ?, ?, string_to_array(?, chr(31)), string_to_array(?, chr(31)), ?::jsonb, ?, true)
                on conflict (type, name, region) do update set
                    category = coalesce(excluded.category, trend.category),
                    related_hashtags = (select coalesce(array_agg(distinct h), '{}') from
                        (select unnest(trend.related_hashtags || excluded.related_hashtags) h limit 40) r),
                    related_products = (select coalesce(array_agg(distinct p), '{}') from
                        (select unnest(trend.related_products || excluded.related_products) p limit 40) r),
                    top_videos = case when excluded.top_videos = '[]'::jsonb then trend.top_videos else excluded.top_videos end,
                    last_point_at = greatest(trend.last_point_at, excluded.last_point_at),
                    dirty = true,
                    updated_at = now()
                returning id
                """, UUID.class, UUID.randomUUID(), first.type().name(), first.name(), first.name(), first.region(),
                update.category(), String.join(SEPARATOR, update.relatedHashtags()),
                String.join(SEPARATOR, update.relatedProducts()), json.writeValueAsString(update.topVideos()),
                Timestamp.from(update.latest()));
    }

    /** Upserts hourly buckets; for an hour seen before the larger value of each counter wins. */
    void upsertBuckets(UUID trendId, Collection<Observation> observations) {
        Map<Instant, long[]> byHour = new LinkedHashMap<>();
        for (Observation o : observations) {
            long[] values = {o.counts().views(), o.counts().likes(), o.counts().shares(), o.counts().comments(), o.counts().videos(), o.counts().creators()};
            byHour.merge(o.at().truncatedTo(ChronoUnit.HOURS), values, TrendSeries::max);
        }
        List<Object[]> rows = new ArrayList<>(byHour.size());
        byHour.forEach((hour, v) -> rows.add(new Object[] {trendId, Timestamp.from(hour), v[0], v[1], v[2], v[3], v[4], v[5]}));
        jdbc.batchUpdate("""
                insert into trend_bucket (trend_id, hour, views, likes, shares, comments, videos, creators)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (trend_id, hour) do update set
                    views = greatest(trend_bucket.views, excluded.views),
                    likes = greatest(trend_bucket.likes, excluded.likes),
                    shares = greatest(trend_bucket.shares, excluded.shares),
                    comments = greatest(trend_bucket.comments, excluded.comments),
                    videos = greatest(trend_bucket.videos, excluded.videos),
                    creators = greatest(trend_bucket.creators, excluded.creators)
                """, rows);
    }

    List<SeriesPoint> points(UUID trendId, Instant since) {
        return jdbc.query("""
                select hour, views, likes, shares, comments, videos, creators from trend_bucket
                where trend_id = ? and hour >= ? order by hour
                """, (rs, i) -> new SeriesPoint(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)), trendId, Timestamp.from(since));
    }

    List<UUID> dirty(int limit) {
        return jdbc.queryForList("select id from trend where dirty order by updated_at limit ?", UUID.class, limit);
    }

    int purgeBucketsBefore(Instant cutoff) {
        return jdbc.update("delete from trend_bucket where hour < ?", Timestamp.from(cutoff));
    }

    private static long[] max(long[] a, long[] b) {
        long[] result = Arrays.copyOf(a, a.length);
        for (int i = 0; i < result.length; i++) {
            result[i] = Math.max(a[i], b[i]);
        }
        return result;
    }

    /** All observations of one series in one batch, with the metadata merged. */
    record SeriesUpdate(List<Observation> observations) {

        Observation first() {
            return observations.getFirst();
        }

        Instant latest() {
            return observations.stream().map(Observation::at).max(Instant::compareTo).orElseThrow();
        }

        String category() {
            return observations.stream().map(Observation::category).filter(c -> c != null).reduce((a, b) -> b).orElse(null);
        }

        List<String> relatedHashtags() {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            if (first().type() == TrendType.HASHTAG) {
                all.add(first().name());
            }
            observations.forEach(o -> all.addAll(o.details().relatedHashtags()));
            return all.stream().limit(20).toList();
        }

        List<String> relatedProducts() {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            observations.forEach(o -> all.addAll(o.details().relatedProducts()));
            return all.stream().limit(20).toList();
        }

        List<TopVideo> topVideos() {
            return observations.stream().map(o -> o.details().topVideos()).filter(v -> !v.isEmpty()).reduce((a, b) -> b)
                    .orElse(List.of());
        }
    }
}
