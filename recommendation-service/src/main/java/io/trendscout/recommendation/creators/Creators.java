package io.trendscout.recommendation.creators;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.platform.events.contracts.StatsFetched;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The latest stats per creator, last writer by fetch time wins. */
@Component
class Creators {

    private static final RowMapper<Creator> ROW = (rs, n) -> new Creator(rs.getObject("user_id", UUID.class),
            rs.getString("display_name"), rs.getLong("followers"), rs.getDouble("engagement_rate"),
            rs.getLong("average_views"), Arrays.asList((String[]) rs.getArray("hashtags").getArray()));

    private final JdbcTemplate jdbc;

    Creators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void apply(StatsFetched s) {
        String[] hashtags = s.hashtags() == null ? new String[0] : s.hashtags().stream()
                .map(h -> h.hashtag().toLowerCase(Locale.ROOT).replace("#", "").trim()).distinct()
                .toArray(String[]::new);
        jdbc.update("""
                insert into creator_stats (user_id, display_name, followers, engagement_rate, average_views, hashtags,
                    fetched_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set display_name = excluded.display_name,
                    followers = excluded.followers, engagement_rate = excluded.engagement_rate,
                    average_views = excluded.average_views, hashtags = excluded.hashtags,
                    fetched_at = excluded.fetched_at
                where creator_stats.fetched_at <= excluded.fetched_at
                """, ps -> {
                    ps.setObject(1, s.userId());
                    ps.setString(2, s.displayName());
                    ps.setLong(3, Math.max(0, s.followers()));
                    ps.setDouble(4, Math.max(0, s.engagementRate()));
                    ps.setLong(5, Math.max(0, s.averageViews()));
                    ps.setArray(6, ps.getConnection().createArrayOf("text", hashtags));
                    ps.setTimestamp(7, Timestamp.from(s.fetchedAt() == null ? java.time.Instant.now() : s.fetchedAt()));
                });
    }

    Optional<Creator> find(UUID user) {
        return jdbc.query("select * from creator_stats where user_id = ?", ROW, user).stream().findFirst();
    }

    List<Creator> all() {
        return jdbc.query("select * from creator_stats", ROW);
    }

    void erase(UUID user) {
        jdbc.update("delete from creator_stats where user_id = ?", user);
    }
}
