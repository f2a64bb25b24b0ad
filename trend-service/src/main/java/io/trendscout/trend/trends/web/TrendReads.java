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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Read side of trends: lists with filters, one trend with its timeline, analytics. */
@Component
class TrendReads {

    private static final String COLUMNS = """
            id, name, type, description, category, region, score, level, direction, lifecycle, detected,
            view_count, like_count, share_count, comment_count, video_count, creator_count, growth_rate,
            velocity, acceleration, breadth, volume, burst_z, lift, persistence, views_gained,
            peak_date, expected_duration_days, max_view_estimate, confidence,
            related_products, related_hashtags, top_videos::text, first_detected, last_point_at, created_at, updated_at
            """;
    private static final String FORMULA = "0.35*velocity + 0.20*acceleration + 0.20*breadth + 0.25*volume";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    TrendReads(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    TrendPage list(TrendQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where first_detected is not null and last_point_at >= ?");
        args.add(Timestamp.from(clock.instant().minus(Duration.ofDays(query.periodDays()))));
        condition(where, args, "type", query.type());
        condition(where, args, "category", query.category());
        condition(where, args, "region", query.region());
        condition(where, args, "direction", query.direction());
        if (query.minScore() > 0) {
            where.append(" and score >= ?");
            args.add(query.minScore());
        }
        Long total = jdbc.queryForObject("select count(*) from trend" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<TrendResponse> items = jdbc.query("select " + COLUMNS + " from trend" + where + " order by "
                + query.sort().orderBy + ", id limit ? offset ?", this::map, pageArgs.toArray());
        long count = total == null ? 0 : total;
        return new TrendPage(items, query.page(), query.size(), count, (int) ((count + query.size() - 1) / query.size()));
    }

    Optional<TrendResponse> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from trend where id = ?", this::map, id).stream().findFirst();
    }

    List<TrendResponse.TimelinePoint> timeline(UUID id, Instant until, int days, boolean hourly) {
        Timestamp since = Timestamp.from(until.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS));
        String sql = hourly
                ? "select hour, views, likes, shares, comments, videos, creators from trend_bucket where trend_id = ? and hour >= ? order by hour"
                : """
                  select distinct on (date_trunc('day', hour)) date_trunc('day', hour), views, likes, shares, comments, videos, creators
                  from trend_bucket where trend_id = ? and hour >= ? order by date_trunc('day', hour), hour desc
                  """;
        return jdbc.query(sql, (rs, i) -> new TrendResponse.TimelinePoint(rs.getTimestamp(1).toInstant(), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)), id, since);
    }

    TrendAnalytics analytics(int periodDays) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(Duration.ofDays(periodDays)));
        List<TrendResponse> movers = jdbc.query("select " + COLUMNS + """
                 from trend where first_detected is not null and last_point_at >= ? and direction = 'RISING'
                 order by growth_rate desc, score desc, id limit 10
                """, this::map, since);
        List<TrendResponse> today = jdbc.query("select " + COLUMNS + """
                 from trend where first_detected >= ? order by score desc, id limit 20
                """, this::map, Timestamp.from(now.minus(Duration.ofDays(1))));
        List<TrendAnalytics.CategoryStats> categories = jdbc.query("""
                select coalesce(category, 'uncategorized'), count(*), round(avg(score)::numeric, 1), max(score),
                       count(*) filter (where direction = 'RISING')
                from trend where first_detected is not null and last_point_at >= ?
                group by 1 order by 2 desc, 1
                """, (rs, i) -> new TrendAnalytics.CategoryStats(rs.getString(1), rs.getLong(2), rs.getDouble(3),
                rs.getInt(4), rs.getLong(5)), since);
        TrendAnalytics.Totals totals = jdbc.queryForObject("""
                select count(*), count(*) filter (where direction = 'RISING'), count(*) filter (where level = 'HIGH')
                from trend where first_detected is not null and last_point_at >= ?
                """, (rs, i) -> new TrendAnalytics.Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3)), since);
        return new TrendAnalytics(now, periodDays, totals, movers, today, categories);
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
        return new TrendResponse((UUID) rs.getObject("id"), rs.getString("name"), rs.getString("type"),
                rs.getString("description"), category, category == null ? List.of() : List.of(category),
                rs.getString("region"), rs.getInt("score"), rs.getString("level"), rs.getString("direction"),
                rs.getString("lifecycle"), rs.getBoolean("detected"),
                new TrendResponse.Metrics(rs.getLong("view_count"), rs.getLong("like_count"), rs.getLong("share_count"),
                        rs.getLong("comment_count"), rs.getLong("video_count"), rs.getLong("creator_count"),
                        rs.getDouble("growth_rate")),
                new TrendResponse.Breakdown(rs.getInt("velocity"), rs.getInt("acceleration"), rs.getInt("breadth"),
                        rs.getInt("volume"), rs.getDouble("burst_z"), rs.getDouble("lift"), rs.getDouble("persistence"),
                        rs.getLong("views_gained"), FORMULA),
                prediction, strings(rs, "related_products"), strings(rs, "related_hashtags"),
                json.readTree(rs.getString("top_videos")), null, instant(rs, "first_detected"),
                instant(rs, "last_point_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
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
