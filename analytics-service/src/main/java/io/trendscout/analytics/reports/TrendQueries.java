package io.trendscout.analytics.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.analytics.reports.Responses.TrendPoint;
import io.trendscout.analytics.reports.Responses.TrendStats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Trend detections per period: count, highest score and the latest state (by occurrence time). */
@Component
class TrendQueries {

    private final JdbcClient jdbc;

    TrendQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TrendStats> top(Period period, int limit, boolean withSeries) {
        List<TrendStats> top = jdbc.sql("""
                with inside as (select * from trend_bucket where bucket >= :start and bucket < :end),
                agg as (select trend_id, sum(detections) d, max(max_score) m from inside group by trend_id),
                latest as (select distinct on (trend_id) trend_id, last_score, name, category, level, direction, lifecycle
                           from inside order by trend_id, last_at desc)
                select * from agg join latest using (trend_id) order by m desc, d desc, trend_id limit :limit""")
                .params(InteractionQueries.params(period)).param("limit", limit)
                .query((rs, n) -> new TrendStats(rs.getObject("trend_id", UUID.class), rs.getString("name"),
                        rs.getString("category"), rs.getString("level"), rs.getString("direction"),
                        rs.getString("lifecycle"), rs.getLong("d"), rs.getInt("m"), rs.getInt("last_score"), List.of()))
                .list();
        if (!withSeries || top.isEmpty()) {
            return top;
        }
        Map<UUID, List<TrendPoint>> series = new HashMap<>();
        jdbc.sql("""
                select trend_id, date_trunc(:g, bucket at time zone :tz)::date p, sum(detections) d, max(max_score) m,
                  (array_agg(last_score order by last_at desc))[1] l
                from trend_bucket where bucket >= :start and bucket < :end and trend_id in (:ids)
                group by 1, 2 order by 1, 2""")
                .params(InteractionQueries.params(period)).param("ids", top.stream().map(TrendStats::trendId).toList())
                .query(rs -> {
                    series.computeIfAbsent(rs.getObject("trend_id", UUID.class), id -> new ArrayList<>())
                            .add(new TrendPoint(rs.getObject("p", java.time.LocalDate.class), rs.getLong("d"),
                                    rs.getInt("m"), rs.getInt("l")));
                });
        return top.stream().map(t -> new TrendStats(t.trendId(), t.name(), t.category(), t.level(), t.direction(),
                t.lifecycle(), t.detections(), t.maxScore(), t.lastScore(), series.getOrDefault(t.trendId(), List.of())))
                .toList();
    }
}
