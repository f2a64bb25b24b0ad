package io.trendscout.analytics.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.analytics.reports.Responses.InteractionPoint;
import io.trendscout.analytics.reports.Responses.Interactions;
import io.trendscout.analytics.reports.Responses.ProductStats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Interaction sums per period; {@code user == null} reads the anonymous platform totals. */
@Component
class InteractionQueries {

    private static final String SUMS = "sum(views) v, sum(saves) s, sum(unsaves) u, sum(collection_adds) c";

    private final JdbcClient jdbc;

    InteractionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Interactions totals(UUID user, OffsetDateTime start, OffsetDateTime end) {
        return jdbc.sql("select " + SUMS + " from user_product_bucket where user_id = :user and bucket >= :start and bucket < :end")
                .param("user", user).param("start", start).param("end", end)
                .query((rs, n) -> new Interactions(rs.getLong("v"), rs.getLong("s"), rs.getLong("u"), rs.getLong("c")))
                .single();
    }

    List<InteractionPoint> series(UUID user, Period period) {
        return jdbc.sql("select date_trunc(:g, bucket at time zone :tz)::date p, " + SUMS
                        + " from user_product_bucket where user_id = :user and bucket >= :start and bucket < :end"
                        + " group by 1 order by 1")
                .params(params(period)).param("user", user)
                .query((rs, n) -> point(rs)).list();
    }

    List<ProductStats> products(UUID user, Period period, int limit, boolean withSeries) {
        String table = user == null ? "product_bucket" : "user_product_bucket";
        String who = user == null ? "" : " and user_id = :user";
        List<ProductStats> top = jdbc.sql("select product_id, " + SUMS + " from " + table
                        + " where bucket >= :start and bucket < :end" + who
                        + " group by product_id order by v desc, s desc, c desc, product_id limit :limit")
                .params(params(period)).param("user", user).param("limit", limit)
                .query((rs, n) -> stats(rs, List.of())).list();
        if (!withSeries || top.isEmpty()) {
            return top;
        }
        Map<UUID, List<InteractionPoint>> series = new HashMap<>();
        jdbc.sql("select product_id, date_trunc(:g, bucket at time zone :tz)::date p, " + SUMS + " from " + table
                        + " where bucket >= :start and bucket < :end and product_id in (:ids)" + who
                        + " group by 1, 2 order by 1, 2")
                .params(params(period)).param("user", user).param("ids", top.stream().map(ProductStats::productId).toList())
                .query(rs -> {
                    series.computeIfAbsent(rs.getObject("product_id", UUID.class), id -> new ArrayList<>()).add(point(rs));
                });
        return top.stream().map(p -> new ProductStats(p.productId(), p.views(), p.saves(), p.unsaves(),
                p.collectionAdds(), p.saveRate(), series.getOrDefault(p.productId(), List.of()))).toList();
    }

    static Map<String, Object> params(Period period) {
        return Map.of("g", period.granularity().field(), "tz", period.zoneName(), "start", period.start(),
                "end", period.end());
    }

    private static InteractionPoint point(ResultSet rs) throws SQLException {
        return new InteractionPoint(rs.getObject("p", java.time.LocalDate.class), rs.getLong("v"), rs.getLong("s"),
                rs.getLong("u"), rs.getLong("c"));
    }

    private static ProductStats stats(ResultSet rs, List<InteractionPoint> series) throws SQLException {
        long views = rs.getLong("v");
        long saves = rs.getLong("s");
        Double rate = views == 0 ? null : Math.round(saves * 10000.0 / views) / 10000.0;
        return new ProductStats(rs.getObject("product_id", UUID.class), views, saves, rs.getLong("u"), rs.getLong("c"),
                rate, series);
    }
}
