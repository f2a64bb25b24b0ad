package io.trendscout.trend.trends;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Storage of observations, set-based: a batch becomes three statements whatever its size (trends,
 * source series, buckets, each an {@code unnest} upsert), so ingestion costs about what a plain
 * batched insert of the buckets costs. Idempotent per (source series, bucket): INCREMENT buckets
 * are replaced by a delivery fetched at the same time or later, CUMULATIVE ones keep the greatest
 * value per counter. Touched series are marked dirty for scoring.
 */
@Repository
class ObservationStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ObservationStore.class);
    private static final String SEPARATOR = "\u001f";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ObservationStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the batch (one transaction is the caller's) and returns the ids of the source series touched. */
    List<UUID> store(Collection<Observation> observations) {
        if (observations.isEmpty()) {
            return List.of();
        }
        Map<String, Observation> lastByTrend = new LinkedHashMap<>();
        Map<String, List<Observation>> bySeries = new LinkedHashMap<>();
        for (Observation o : observations) {
            lastByTrend.merge(o.seriesKey(), o, (a, b) -> b.fetchedAt().isBefore(a.fetchedAt()) ? a : b);
            bySeries.computeIfAbsent(seriesKey(o), k -> new ArrayList<>()).add(o);
        }
        return jdbc.execute((ConnectionCallback<List<UUID>>) con -> {
            Map<String, UUID> trends = upsertTrends(con, lastByTrend, bySeries);
            Map<String, UUID> series = upsertSeries(con, trends, bySeries);
            upsertBuckets(con, series, bySeries);
            return List.copyOf(series.values());
        });
    }

    private Map<String, UUID> upsertTrends(Connection con, Map<String, Observation> last,
            Map<String, List<Observation>> bySeries) throws SQLException {
        Map<String, LinkedHashSet<String>> hashtags = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> products = new LinkedHashMap<>();
        Map<String, Instant> latest = new LinkedHashMap<>();
        Map<String, String> category = new LinkedHashMap<>();
        for (List<Observation> batch : bySeries.values()) {
            for (Observation o : batch) {
                LinkedHashSet<String> tags = hashtags.computeIfAbsent(o.seriesKey(), k -> new LinkedHashSet<>());
                if (o.type() == TrendType.HASHTAG) {
                    tags.add(o.name());
                }
                tags.addAll(o.details().relatedHashtags());
                products.computeIfAbsent(o.seriesKey(), k -> new LinkedHashSet<>()).addAll(o.details().relatedProducts());
                latest.merge(o.seriesKey(), o.bucketStart(), (a, b) -> a.isAfter(b) ? a : b);
                if (o.category() != null) {
                    category.put(o.seriesKey(), o.category());
                }
            }
        }
        int n = last.size();
        Object[] ids = new Object[n];
        Object[] types = new Object[n];
        Object[] names = new Object[n];
        Object[] displayNames = new Object[n];
        Object[] regions = new Object[n];
        Object[] categories = new Object[n];
        Object[] externalIds = new Object[n];
        Object[] tags = new Object[n];
        Object[] related = new Object[n];
        Object[] videos = new Object[n];
        Object[] points = new Object[n];
        int i = 0;
        for (Observation o : last.values()) {
            ids[i] = UUID.randomUUID();
            types[i] = o.type().name();
            names[i] = o.name();
            displayNames[i] = o.details().displayName() != null ? truncate(o.details().displayName(), 100) : o.name();
            regions[i] = o.region();
            categories[i] = category.get(o.seriesKey());
            externalIds[i] = o.details().externalId();
            tags[i] = String.join(SEPARATOR, hashtags.get(o.seriesKey()).stream().limit(20).toList());
            related[i] = String.join(SEPARATOR, products.get(o.seriesKey()).stream().limit(20).toList());
            videos[i] = o.details().topVideos().isEmpty() ? null : json.writeValueAsString(o.details().topVideos());
            points[i] = Timestamp.from(latest.get(o.seriesKey()));
            i++;
        }
        String sql = """
                insert into trend (id, type, name, display_name, region, category, external_id, related_hashtags,
                                   related_products, top_videos, last_point_at, dirty)
                select id, type, name, display_name, region, category, external_id, string_to_array(tags, chr(31)),
                       string_to_array(related, chr(31)), coalesce(videos::jsonb, '[]'::jsonb), point, false
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::timestamptz[])
                     as u(id, type, name, display_name, region, category, external_id, tags, related, videos, point)
                on conflict (type, name, region) do update set
                    category = coalesce(excluded.category, trend.category),
                    display_name = case when excluded.display_name <> excluded.name then excluded.display_name
                                        else trend.display_name end,
                    external_id = coalesce(excluded.external_id, trend.external_id),
                    related_hashtags = (select coalesce(array_agg(distinct h), '{}') from
                        (select unnest(trend.related_hashtags || excluded.related_hashtags) h limit 40) r),
                    related_products = (select coalesce(array_agg(distinct p), '{}') from
                        (select unnest(trend.related_products || excluded.related_products) p limit 40) r),
                    top_videos = case when excluded.top_videos = '[]'::jsonb then trend.top_videos else excluded.top_videos end,
                    last_point_at = greatest(trend.last_point_at, excluded.last_point_at),
                    updated_at = now()
                returning id, type, name, region
                """;
        Map<String, UUID> result = new LinkedHashMap<>();
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            bind(con, ps, "uuid", ids, "text", types, "text", names, "text", displayNames, "text", regions, "text",
                    categories, "text", externalIds, "text", tags, "text", related, "text", videos, "timestamptz", points);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4), (UUID) rs.getObject(1));
                }
            }
        }
        return result;
    }

    private Map<String, UUID> upsertSeries(Connection con, Map<String, UUID> trends, Map<String, List<Observation>> bySeries)
            throws SQLException {
        int n = bySeries.size();
        Object[] ids = new Object[n];
        Object[] trendIds = new Object[n];
        Object[] sources = new Object[n];
        Object[] buckets = new Object[n];
        Object[] measures = new Object[n];
        Object[] externalIds = new Object[n];
        Object[] displayNames = new Object[n];
        Object[] attributes = new Object[n];
        Object[] newestBuckets = new Object[n];
        Object[] newestFetches = new Object[n];
        Object[] oldestBuckets = new Object[n];
        int i = 0;
        for (List<Observation> batch : bySeries.values()) {
            Observation first = batch.getFirst();
            Instant newestBucket = first.bucketStart();
            Instant oldestBucket = first.bucketStart();
            Observation newest = first;
            for (Observation o : batch) {
                newestBucket = o.bucketStart().isAfter(newestBucket) ? o.bucketStart() : newestBucket;
                oldestBucket = o.bucketStart().isBefore(oldestBucket) ? o.bucketStart() : oldestBucket;
                newest = o.fetchedAt().isAfter(newest.fetchedAt()) ? o : newest;
            }
            ids[i] = UUID.randomUUID();
            trendIds[i] = trends.get(first.seriesKey());
            sources[i] = first.source();
            buckets[i] = first.bucket().name();
            measures[i] = first.measure().name();
            externalIds[i] = newest.details().externalId();
            displayNames[i] = newest.details().displayName();
            attributes[i] = json.writeValueAsString(newest.details().attributes());
            newestBuckets[i] = Timestamp.from(newestBucket);
            newestFetches[i] = Timestamp.from(newest.fetchedAt());
            oldestBuckets[i] = Timestamp.from(oldestBucket);
            i++;
        }
        String sql = """
                insert into source_series (id, trend_id, source, kind, bucket, measure, external_id, display_name, attributes,
                                           newest_bucket, newest_fetch, scored_through, dirty)
                select id, trend_id, source, coalesce((select kind from source_state st where st.source = u.source), 'IMPORT'),
                       bucket, measure, external_id, display_name, attributes::jsonb, newest_bucket, newest_fetch,
                       oldest_bucket, true
                from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
                     as u(id, trend_id, source, bucket, measure, external_id, display_name, attributes,
                          newest_bucket, newest_fetch, oldest_bucket)
                on conflict (trend_id, source, bucket) do update set
                    kind = coalesce((select kind from source_state st where st.source = excluded.source), source_series.kind),
                    external_id = coalesce(excluded.external_id, source_series.external_id),
                    display_name = coalesce(excluded.display_name, source_series.display_name),
                    attributes = case when excluded.attributes = '{}'::jsonb then source_series.attributes
                                      else excluded.attributes end,
                    newest_bucket = greatest(source_series.newest_bucket, excluded.newest_bucket),
                    newest_fetch = greatest(source_series.newest_fetch, excluded.newest_fetch),
                    -- late buckets (older than what was judged) are judged again from there, causally
                    scored_through = least(source_series.scored_through, excluded.scored_through),
                    dirty = true
                returning id, trend_id, source, bucket, measure
                """;
        Map<String, UUID> result = new LinkedHashMap<>();
        Map<UUID, String> measureOf = new LinkedHashMap<>();
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            bind(con, ps, "uuid", ids, "uuid", trendIds, "text", sources, "text", buckets, "text", measures,
                    "text", externalIds, "text", displayNames, "text", attributes, "timestamptz", newestBuckets,
                    "timestamptz", newestFetches, "timestamptz", oldestBuckets);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = (UUID) rs.getObject(1);
                    result.put(rs.getObject(2) + "|" + rs.getString(3) + "|" + rs.getString(4), id);
                    measureOf.put(id, rs.getString(5));
                }
            }
        }
        Map<String, UUID> bySeriesKey = new LinkedHashMap<>();
        for (Map.Entry<String, List<Observation>> entry : bySeries.entrySet()) {
            Observation first = entry.getValue().getFirst();
            UUID id = result.get(trends.get(first.seriesKey()) + "|" + first.source() + "|" + first.bucket().name());
            if (!measureOf.get(id).equals(first.measure().name())) {
                log.warn("Skipped {} observations of {} from {}: the series is {}, they are {}", entry.getValue().size(),
                        first.seriesKey(), first.source(), measureOf.get(id), first.measure());
                continue;
            }
            bySeriesKey.put(entry.getKey(), id);
        }
        return bySeriesKey;
    }

    private void upsertBuckets(Connection con, Map<String, UUID> series, Map<String, List<Observation>> bySeries)
            throws SQLException {
        List<Object[]> increments = new ArrayList<>();
        List<Object[]> cumulative = new ArrayList<>();
        for (Map.Entry<String, List<Observation>> entry : bySeries.entrySet()) {
            UUID id = series.get(entry.getKey());
            if (id == null) {
                continue;
            }
            Map<Instant, Observation> byBucket = new LinkedHashMap<>();
            boolean isIncrement = entry.getValue().getFirst().measure() == Observation.Measure.INCREMENT;
            for (Observation o : entry.getValue()) {
                byBucket.merge(o.bucketStart(), o, isIncrement ? ObservationStore::newer : ObservationStore::greatest);
            }
            byBucket.forEach((start, o) -> (isIncrement ? increments : cumulative).add(row(id, start, o)));
        }
        writeBuckets(con, increments, """
                on conflict (series_id, bucket_start) do update set views = excluded.views, likes = excluded.likes,
                    shares = excluded.shares, comments = excluded.comments, videos = excluded.videos,
                    creators = excluded.creators, units = excluded.units, gmv = excluded.gmv, fetched_at = excluded.fetched_at
                where excluded.fetched_at >= source_bucket.fetched_at
                """);
        writeBuckets(con, cumulative, """
                on conflict (series_id, bucket_start) do update set
                    views = greatest(source_bucket.views, excluded.views), likes = greatest(source_bucket.likes, excluded.likes),
                    shares = greatest(source_bucket.shares, excluded.shares),
                    comments = greatest(source_bucket.comments, excluded.comments),
                    videos = greatest(source_bucket.videos, excluded.videos),
                    creators = greatest(source_bucket.creators, excluded.creators),
                    units = greatest(source_bucket.units, excluded.units), gmv = greatest(source_bucket.gmv, excluded.gmv),
                    fetched_at = greatest(source_bucket.fetched_at, excluded.fetched_at)
                """);
    }

    private static void writeBuckets(Connection con, List<Object[]> rows, String onConflict) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Object[][] columns = new Object[11][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < 11; c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        String sql = """
                insert into source_bucket (series_id, bucket_start, views, likes, shares, comments, videos, creators, units,
                                           gmv, fetched_at)
                select * from unnest(?::uuid[], ?::timestamptz[], ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::int8[],
                                     ?::int8[], ?::int8[], ?::int8[], ?::timestamptz[])
                """ + onConflict;
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            bind(con, ps, "uuid", columns[0], "timestamptz", columns[1], "int8", columns[2], "int8", columns[3], "int8",
                    columns[4], "int8", columns[5], "int8", columns[6], "int8", columns[7], "int8", columns[8], "int8",
                    columns[9], "timestamptz", columns[10]);
            ps.executeUpdate();
        }
    }

    private static Object[] row(UUID id, Instant start, Observation o) {
        Observation.Counts c = o.counts();
        return new Object[] {id, Timestamp.from(start), c.views(), c.likes(), c.shares(), c.comments(), c.videos(),
            c.creators(), c.units(), c.gmv(), Timestamp.from(o.fetchedAt())};
    }

    private static Observation newer(Observation a, Observation b) {
        return b.fetchedAt().isBefore(a.fetchedAt()) ? a : b;
    }

    private static Observation greatest(Observation a, Observation b) {
        Observation.Counts x = a.counts();
        Observation.Counts y = b.counts();
        return new Observation(a.source(), a.type(), a.name(), a.region(), a.category(), a.at(), a.bucket(), a.measure(),
                new Observation.Counts(Math.max(x.views(), y.views()), Math.max(x.likes(), y.likes()),
                        Math.max(x.shares(), y.shares()), Math.max(x.comments(), y.comments()),
                        Math.max(x.videos(), y.videos()), Math.max(x.creators(), y.creators()),
                        Math.max(x.units(), y.units()), Math.max(x.gmv(), y.gmv())),
                a.details(), a.fetchedAt().isAfter(b.fetchedAt()) ? a.fetchedAt() : b.fetchedAt());
    }

    private static void bind(Connection con, PreparedStatement ps, Object... typedColumns) throws SQLException {
        for (int i = 0; i < typedColumns.length; i += 2) {
            Array array = con.createArrayOf((String) typedColumns[i], (Object[]) typedColumns[i + 1]);
            ps.setArray(i / 2 + 1, array);
        }
    }

    private static String seriesKey(Observation o) {
        return o.seriesKey() + "|" + o.source() + "|" + o.bucket();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
