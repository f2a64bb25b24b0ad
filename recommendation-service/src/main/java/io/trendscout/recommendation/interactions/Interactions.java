package io.trendscout.recommendation.interactions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.trendscout.recommendation.ranking.Interaction;
import io.trendscout.recommendation.ranking.UserHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The interactions read model and the niches users asked for. */
@Component
public class Interactions {

    static final int MAX_NICHES = 5;
    private static final RowMapper<Interaction> ROW = (rs, n) -> new Interaction(rs.getObject("user_id", UUID.class),
            rs.getObject("product_id", UUID.class), Interaction.Kind.valueOf(rs.getString("kind")),
            rs.getTimestamp("at").toInstant());

    private final JdbcTemplate jdbc;

    Interactions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Interaction> all() {
        return jdbc.query("select user_id, product_id, kind, at from interaction", ROW);
    }

    /** What the ranking knows about one user right now: their interactions and niches (empty for a new user). */
    public UserHistory history(UUID user) {
        List<Interaction> mine = jdbc.query(
                "select user_id, product_id, kind, at from interaction where user_id = ? order by at, id", ROW, user);
        return UserHistory.of(mine, niches(user));
    }

    public Set<String> niches(UUID user) {
        List<String[]> rows = jdbc.query("select niches from user_preference where user_id = ?",
                (rs, n) -> (String[]) rs.getArray(1).getArray(), user);
        return rows.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(rows.getFirst()));
    }

    /** Remembers a niche the user asked for (the newest {@value #MAX_NICHES} are kept). */
    public void rememberNiche(UUID user, String niche) {
        String key = niche.toLowerCase(Locale.ROOT).trim();
        LinkedHashSet<String> niches = new LinkedHashSet<>(niches(user));
        niches.remove(key);
        niches.addFirst(key);
        String[] kept = niches.stream().limit(MAX_NICHES).toArray(String[]::new);
        jdbc.update("""
                insert into user_preference (user_id, niches, updated_at) values (?, ?, ?)
                on conflict (user_id) do update set niches = excluded.niches, updated_at = excluded.updated_at
                """, ps -> {
                    ps.setObject(1, user);
                    ps.setArray(2, ps.getConnection().createArrayOf("text", kept));
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                });
    }

    void record(Interaction i) {
        jdbc.update("insert into interaction (user_id, product_id, kind, at) values (?, ?, ?, ?)", i.userId(),
                i.productId(), i.kind().name(), Timestamp.from(i.at()));
    }

    void erase(UUID user) {
        jdbc.update("delete from interaction where user_id = ?", user);
        jdbc.update("delete from user_preference where user_id = ?", user);
    }
}
