package io.trendscout.trend.sources;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.trendscout.trend.trends.SourceHealth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Persisted state of every source ({@code source_state}): cursor, health, today's quota use. */
@Repository
class SourceStates {

    private final JdbcTemplate jdbc;

    SourceStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void register(String source, SourceKind kind, boolean enabled) {
        jdbc.update("""
                insert into source_state (source, kind, enabled) values (?, ?, ?)
                on conflict (source) do update set kind = excluded.kind, enabled = excluded.enabled, updated_at = now()
                """, source, kind.name(), enabled);
    }

    Optional<String> cursor(String source) {
        return jdbc.queryForList("select cursor from source_state where source = ?", String.class, source).stream()
                .filter(c -> c != null).findFirst();
    }

    Optional<Instant> lastPoll(String source) {
        return jdbc.queryForList("select last_poll_at from source_state where source = ?", Timestamp.class, source).stream()
                .filter(t -> t != null).map(Timestamp::toInstant).findFirst();
    }

    void checkpoint(String source, String cursor) {
        jdbc.update("update source_state set cursor = ?, updated_at = now() where source = ?", cursor, source);
    }

    void polled(String source, Instant at) {
        jdbc.update("update source_state set last_poll_at = ?, updated_at = now() where source = ?", Timestamp.from(at), source);
    }

    void succeeded(String source, SourceKind kind, Instant at, long observations, long skipped, String note) {
        jdbc.update("""
                insert into source_state (source, kind, enabled, last_success_at, observations, skipped, last_note)
                values (?, ?, true, ?, ?, ?, ?)
                on conflict (source) do update set last_success_at = excluded.last_success_at,
                    observations = source_state.observations + excluded.observations,
                    skipped = source_state.skipped + excluded.skipped, last_note = excluded.last_note, updated_at = now()
                """, source, kind.name(), Timestamp.from(at), observations, skipped, note);
    }

    void failed(String source, SourceKind kind, Instant at, String error, long observations, long skipped) {
        jdbc.update("""
                insert into source_state (source, kind, enabled, last_error, last_error_at, observations, skipped)
                values (?, ?, true, ?, ?, ?, ?)
                on conflict (source) do update set last_error = excluded.last_error, last_error_at = excluded.last_error_at,
                    observations = source_state.observations + excluded.observations,
                    skipped = source_state.skipped + excluded.skipped, updated_at = now()
                """, source, kind.name(), truncate(error), Timestamp.from(at), observations, skipped);
    }

    /** Adds to today's use (resetting it on a new UTC day) and returns the use after adding. */
    long[] use(String source, Instant now, long requests, long records) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<long[]> used = jdbc.query("""
                update source_state set
                    requests_today = case when quota_day = ? then requests_today else 0 end + ?,
                    records_today = case when quota_day = ? then records_today else 0 end + ?,
                    quota_day = ?
                where source = ? returning requests_today, records_today
                """, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, today, requests, today, records, today, source);
        return used.isEmpty() ? new long[] {requests, records} : used.getFirst();
    }

    List<SourceHealth> all(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return jdbc.query("""
                select source, kind, enabled, last_poll_at, last_success_at, last_error, last_error_at, last_note,
                       observations, skipped, case when quota_day = ? then requests_today else 0 end,
                       case when quota_day = ? then records_today else 0 end
                from source_state order by source
                """, (rs, i) -> new SourceHealth(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getString(6), instant(rs.getTimestamp(7)),
                rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12)), today, today);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
