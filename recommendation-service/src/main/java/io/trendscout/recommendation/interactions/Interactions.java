package io.trendscout.recommendation.interactions;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.trendscout.recommendation.erasure.ErasedUsers;
import io.trendscout.recommendation.ranking.Interaction;
import io.trendscout.recommendation.ranking.UserHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The interactions read model and the user's niches from two sources: the niches chosen in the profile
 * (UserPreferencesChanged, complete list, newest {@code changedAt} wins) and the niches asked for with {@code ?niche=}
 * (the newest {@value #MAX_NICHES}). The ranking sees them combined: profile niches in the profile's order (primary
 * first), then the asked-for ones newest first, without repeats.
 */
@Component
public class Interactions {

    static final int MAX_NICHES = 5;
    /** A primary and up to 10 secondary niches, as the security-service allows. */
    static final int MAX_PROFILE_NICHES = 11;
    static final int MAX_NICHE_LENGTH = 64;
    private static final RowMapper<Interaction> ROW = (rs, n) -> new Interaction(rs.getObject("user_id", UUID.class),
            rs.getObject("product_id", UUID.class), Interaction.Kind.valueOf(rs.getString("kind")),
            rs.getTimestamp("at").toInstant());

    private final JdbcTemplate jdbc;
    private final ErasedUsers erased;

    Interactions(JdbcTemplate jdbc, ErasedUsers erased) {
        this.jdbc = jdbc;
        this.erased = erased;
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

    /** Profile niches first (primary first), then the niches the user asked for, newest first; no repeats. */
    public Set<String> niches(UUID user) {
        List<Set<String>> rows = jdbc.query("""
                select (select niches from user_profile_niche where user_id = ?) as profile,
                       (select niches from user_preference where user_id = ?) as requested
                """, (rs, n) -> {
                    Set<String> all = new LinkedHashSet<>(array(rs.getArray("profile")));
                    all.addAll(array(rs.getArray("requested")));
                    return all;
                }, user, user);
        return rows.isEmpty() ? Set.of() : rows.getFirst();
    }

    private List<String> requestedNiches(UUID user) {
        List<List<String>> rows = jdbc.query("select niches from user_preference where user_id = ?",
                (rs, n) -> array(rs.getArray(1)), user);
        return rows.isEmpty() ? List.of() : rows.getFirst();
    }

    private static List<String> array(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** Remembers a niche the user asked for (the newest {@value #MAX_NICHES} are kept); nothing for an erased account. */
    public void rememberNiche(UUID user, String niche) {
        if (erased.contains(user)) {
            return;
        }
        String key = niche.toLowerCase(Locale.ROOT).trim();
        LinkedHashSet<String> niches = new LinkedHashSet<>(requestedNiches(user));
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

    /**
     * Replaces the user's profile niches unless a newer (or equally new) list is already stored, so a late, older event
     * cannot overwrite a newer one. Niches are lower-cased and trimmed; blanks, repeats and ones longer than
     * {@value #MAX_NICHE_LENGTH} characters are dropped, at most {@value #MAX_PROFILE_NICHES} kept.
     *
     * @return whether the list was stored
     */
    boolean replaceProfileNiches(UUID user, List<String> niches, Instant changedAt) {
        String[] kept = niches.stream().filter(Objects::nonNull).map(n -> n.toLowerCase(Locale.ROOT).trim())
                .filter(n -> !n.isEmpty() && n.length() <= MAX_NICHE_LENGTH).distinct().limit(MAX_PROFILE_NICHES)
                .toArray(String[]::new);
        return jdbc.update("""
                insert into user_profile_niche (user_id, niches, changed_at) values (?, ?, ?)
                on conflict (user_id) do update set niches = excluded.niches, changed_at = excluded.changed_at
                    where user_profile_niche.changed_at < excluded.changed_at
                """, ps -> {
                    ps.setObject(1, user);
                    ps.setArray(2, ps.getConnection().createArrayOf("text", kept));
                    ps.setTimestamp(3, Timestamp.from(changedAt));
                }) > 0;
    }

    void record(Interaction i) {
        jdbc.update("insert into interaction (user_id, product_id, kind, at) values (?, ?, ?, ?)", i.userId(),
                i.productId(), i.kind().name(), Timestamp.from(i.at()));
    }

    void erase(UUID user) {
        jdbc.update("delete from interaction where user_id = ?", user);
        jdbc.update("delete from user_preference where user_id = ?", user);
        jdbc.update("delete from user_profile_niche where user_id = ?", user);
    }
}
