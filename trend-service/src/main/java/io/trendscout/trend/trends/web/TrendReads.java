package io.trendscout.trend.trends.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.trendscout.trend.trends.SourceOverview;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Read side of trends: lists with filters, one trend with its sources, history and timeline, analytics. */
@Component
class TrendReads {

    private static final String COLUMNS = """
            t.id, t.name, t.display_name, t.type, t.description, t.category, t.region, t.external_id, t.score, t.level,
            t.direction, t.lifecycle, t.stage, t.stage_since, t.detected, t.view_count, t.like_count, t.share_count,
            t.comment_count, t.video_count, t.creator_count, t.growth_rate, t.velocity, t.acceleration, t.breadth, t.volume,
            t.burst_z, t.lift, t.persistence, t.views_gained, t.peak_date, t.expected_duration_days, t.max_view_estimate,
            t.confidence, t.related_products, t.related_hashtags, t.top_videos::text, t.first_detected, t.last_point_at,
            t.created_at, t.updated_at, t.as_of, p.source as primary_source, p.totals::text as primary_totals
            """;
    private static final String FROM = " from trend t left join source_series p on p.id = t.primary_series";
    private static final String FORMULA = "0.35*velocity + 0.20*acceleration + 0.20*breadth + 0.25*volume";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ObjectProvider<SourceOverview> sources;
    private final ObjectProvider<SourceOverview.Panel> panel;
    private final Clock clock;

    TrendReads(JdbcTemplate jdbc, JsonMapper json, ObjectProvider<SourceOverview> sources,
            ObjectProvider<SourceOverview.Panel> panel, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.sources = sources;
        this.panel = panel;
        this.clock = clock;
    }

    TrendPage list(TrendQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where t." + query.stage().condition + " and t.last_point_at >= ?");
        args.add(Timestamp.from(clock.instant().minus(Duration.ofDays(query.periodDays()))));
        condition(where, args, "t.type", query.type());
        condition(where, args, "t.category", query.category());
        condition(where, args, "t.region", query.region());
        condition(where, args, "t.direction", query.direction());
        condition(where, args, "t.name", query.name());
        if (query.minScore() > 0) {
            where.append(" and t.score >= ?");
            args.add(query.minScore());
        }
        Long total = jdbc.queryForObject("select count(*)" + FROM + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<TrendResponse> items = withSources(jdbc.query("select " + COLUMNS + FROM + where + " order by t."
                + query.sort().orderBy + ", t.id limit ? offset ?", this::map, pageArgs.toArray()));
        long count = total == null ? 0 : total;
        return new TrendPage(items, query.page(), query.size(), count, (int) ((count + query.size() - 1) / query.size()));
    }

    Optional<TrendResponse> find(UUID id) {
        return withSources(jdbc.query("select " + COLUMNS + FROM + " where t.id = ?", this::map, id)).stream().findFirst();
    }

    List<TrendResponse.StageChange> history(UUID id) {
        return jdbc.query("""
                select at, stage, previous, source, lifecycle, score, reason, evidence::text from trend_stage_change
                where trend_id = ? order by at, id limit 200
                """, (rs, i) -> new TrendResponse.StageChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), json.readTree(rs.getString(8))), id);
    }

    /** The measure of the series ("gained" per period for INCREMENT series, "total" for CUMULATIVE) and its points. */
    record Timeline(String measure, List<TrendResponse.TimelinePoint> points) {
    }

    Optional<Timeline> timeline(UUID trendId, String source, int days, boolean hourly) {
        List<Map<String, Object>> series = source == null
                ? jdbc.queryForList("select s.id, s.measure, s.newest_bucket from trend t join source_series s on s.id = t.primary_series where t.id = ?", trendId)
                : jdbc.queryForList("select id, measure, newest_bucket from source_series where trend_id = ? and source = ? order by newest_bucket desc nulls last limit 1", trendId, source);
        if (series.isEmpty() || series.getFirst().get("newest_bucket") == null) {
            return Optional.empty();
        }
        UUID seriesId = (UUID) series.getFirst().get("id");
        boolean increment = "INCREMENT".equals(series.getFirst().get("measure"));
        Instant until = ((Timestamp) series.getFirst().get("newest_bucket")).toInstant();
        Timestamp since = Timestamp.from(until.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS));
        String unit = hourly ? "hour" : "day";
        String sql = increment ? """
                select date_trunc('%s', bucket_start), sum(views), sum(likes), sum(shares), sum(comments), sum(videos),
                       max(creators), sum(units), sum(gmv)
                from source_bucket where series_id = ? and bucket_start >= ? group by 1 order by 1
                """.formatted(unit) : """
                select distinct on (date_trunc('%1$s', bucket_start)) date_trunc('%1$s', bucket_start), views, likes, shares,
                       comments, videos, creators, units, gmv
                from source_bucket where series_id = ? and bucket_start >= ?
                order by date_trunc('%1$s', bucket_start), bucket_start desc
                """.formatted(unit);
        List<TrendResponse.TimelinePoint> points = jdbc.query(sql, (rs, i) -> new TrendResponse.TimelinePoint(
                rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7), rs.getLong(8), rs.getLong(9)), seriesId, since);
        return Optional.of(new Timeline(increment ? "gained" : "total", points));
    }

    TrendAnalytics analytics(int periodDays) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(Duration.ofDays(periodDays)));
        List<TrendResponse> movers = withSources(jdbc.query("select " + COLUMNS + FROM + """
                 where t.first_detected is not null and t.last_point_at >= ? and t.direction = 'RISING'
                 order by t.growth_rate desc, t.score desc, t.id limit 10
                """, this::map, since));
        List<TrendResponse> today = withSources(jdbc.query("select " + COLUMNS + FROM + """
                 where t.first_detected >= ? order by t.score desc, t.id limit 20
                """, this::map, Timestamp.from(now.minus(Duration.ofDays(1)))));
        List<TrendAnalytics.CategoryStats> categories = jdbc.query("""
                select coalesce(category, 'uncategorized'), count(*), round(avg(score)::numeric, 1), max(score),
                       count(*) filter (where direction = 'RISING')
                from trend where first_detected is not null and last_point_at >= ?
                group by 1 order by 2 desc, 1
                """, (rs, i) -> new TrendAnalytics.CategoryStats(rs.getString(1), rs.getLong(2), rs.getDouble(3),
                rs.getInt(4), rs.getLong(5)), since);
        TrendAnalytics.Totals totals = jdbc.queryForObject("""
                select count(*) filter (where first_detected is not null),
                       count(*) filter (where first_detected is not null and direction = 'RISING'),
                       count(*) filter (where first_detected is not null and level = 'HIGH'),
                       count(*) filter (where stage = 'EARLY'), count(*) filter (where stage = 'WITHDRAWN')
                from trend where last_point_at >= ?
                """, (rs, i) -> new TrendAnalytics.Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5)), since);
        SourceOverview overview = sources.getIfAvailable();
        SourceOverview.Panel creators = panel.getIfAvailable();
        return new TrendAnalytics(now, periodDays, totals, movers, today, categories,
                overview == null ? List.of() : overview.health(), creators == null ? null : creators.size());
    }

    private List<TrendResponse> withSources(List<TrendResponse> trends) {
        if (trends.isEmpty()) {
            return trends;
        }
        String ids = trends.stream().map(t -> "\"" + t.id() + "\"").collect(Collectors.joining(",", "{", "}"));
        Map<UUID, List<TrendResponse.SourceView>> views = new LinkedHashMap<>();
        jdbc.query("""
                select trend_id, source, kind, bucket, measure, stage, score, detected, early, lifecycle, totals::text,
                       growth_rate, newest_fetch, newest_bucket, first_confirmed, external_id, attributes::text
                from source_series where trend_id = any(?::uuid[]) order by trend_id, source, bucket
                """, rs -> {
            views.computeIfAbsent((UUID) rs.getObject(1), k -> new ArrayList<>()).add(new TrendResponse.SourceView(
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                    rs.getBoolean(8), rs.getBoolean(9), rs.getString(10), metrics(rs.getString(11), rs.getDouble(12)),
                    instant(rs, "newest_fetch"), instant(rs, "newest_bucket"), instant(rs, "first_confirmed"),
                    rs.getString(16), json.readValue(rs.getString(17), new TypeReference<Map<String, String>>() { })));
        }, ids);
        return trends.stream().map(t -> t.withSources(views.getOrDefault(t.id(), List.of()))).toList();
    }

    private TrendResponse.Metrics metrics(String totals, double growth) {
        JsonNode node = totals == null ? json.createObjectNode() : json.readTree(totals);
        return new TrendResponse.Metrics(node.path("views").asLong(0), node.path("likes").asLong(0),
                node.path("shares").asLong(0), node.path("comments").asLong(0), node.path("videos").asLong(0),
                node.path("creators").asLong(0), node.path("units").asLong(0), node.path("gmv").asLong(0), growth);
    }

    private static void condition(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private TrendResponse map(ResultSet rs, int row) throws SQLException {
        Timestamp peak = rs.getTimestamp("peak_date");
        TrendResponse.Prediction prediction = peak == null ? null
                : new TrendResponse.Prediction(peak.toInstant(), rs.getDouble("expected_duration_days"),
                        rs.getLong("max_view_estimate"), rs.getInt("confidence"));
        String category = rs.getString("category");
        TrendResponse.Metrics totals = metrics(rs.getString("primary_totals"), rs.getDouble("growth_rate"));
        return new TrendResponse((UUID) rs.getObject("id"), rs.getString("name"), rs.getString("display_name"),
                rs.getString("type"), rs.getString("description"), category, category == null ? List.of() : List.of(category),
                rs.getString("region"), rs.getString("external_id"), rs.getInt("score"), rs.getString("level"),
                rs.getString("direction"), rs.getString("lifecycle"), rs.getString("stage"), instant(rs, "stage_since"),
                rs.getBoolean("detected"),
                new TrendResponse.Metrics(rs.getLong("view_count"), rs.getLong("like_count"), rs.getLong("share_count"),
                        rs.getLong("comment_count"), rs.getLong("video_count"), rs.getLong("creator_count"),
                        totals.unitsSold(), totals.gmv(), rs.getDouble("growth_rate")),
                new TrendResponse.Breakdown(rs.getInt("velocity"), rs.getInt("acceleration"), rs.getInt("breadth"),
                        rs.getInt("volume"), rs.getDouble("burst_z"), rs.getDouble("lift"), rs.getDouble("persistence"),
                        rs.getLong("views_gained"), FORMULA),
                prediction, strings(rs, "related_products"), strings(rs, "related_hashtags"),
                json.readTree(rs.getString("top_videos")), rs.getString("primary_source"), null, instant(rs, "as_of"), null,
                null, null, instant(rs, "first_detected"), instant(rs, "last_point_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
