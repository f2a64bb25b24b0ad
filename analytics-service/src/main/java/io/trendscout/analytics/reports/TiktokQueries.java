package io.trendscout.analytics.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.analytics.reports.Responses.SyncHealth;
import io.trendscout.analytics.reports.Responses.TiktokPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** TikTok growth (last snapshot per period) and a merchant's sync health. */
@Component
class TiktokQueries {

    private final JdbcClient jdbc;

    TiktokQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TiktokPoint> series(UUID user, Period period) {
        return jdbc.sql("""
                select distinct on (p) date_trunc(:g, fetched_at at time zone :tz)::date p, fetched_at, followers, likes,
                  video_count, engagement_rate, average_views
                from tiktok_snapshot where user_id = :user and fetched_at >= :start and fetched_at < :end
                order by p, fetched_at desc""")
                .params(InteractionQueries.params(period)).param("user", user)
                .query((rs, n) -> point(rs, rs.getObject("p", java.time.LocalDate.class))).list();
    }

    /** The latest snapshot fetched before {@code end} (the account's state as of then). */
    Optional<TiktokPoint> asOf(UUID user, OffsetDateTime end) {
        return jdbc.sql("""
                select fetched_at, followers, likes, video_count, engagement_rate, average_views from tiktok_snapshot
                where user_id = :user and fetched_at < :end order by fetched_at desc limit 1""")
                .param("user", user).param("end", end)
                .query((rs, n) -> point(rs, null)).optional();
    }

    List<SyncHealth> syncHealth(UUID merchant, Period period) {
        return jdbc.sql("""
                select channel, sum(upserts) u, sum(deletions) d, max(last_at) l from sync_bucket
                where merchant_id = :user and bucket >= :start and bucket < :end group by channel order by channel""")
                .params(InteractionQueries.params(period)).param("user", merchant)
                .query((rs, n) -> new SyncHealth(rs.getString("channel"), rs.getLong("u"), rs.getLong("d"),
                        rs.getObject("l", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static TiktokPoint point(ResultSet rs, java.time.LocalDate period) throws SQLException {
        return new TiktokPoint(period, rs.getObject("fetched_at", OffsetDateTime.class).toInstant(), rs.getLong("followers"),
                rs.getLong("likes"), rs.getLong("video_count"), rs.getDouble("engagement_rate"), rs.getLong("average_views"));
    }
}
