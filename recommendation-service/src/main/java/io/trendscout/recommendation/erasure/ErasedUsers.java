package io.trendscout.recommendation.erasure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tombstones (id and time only) of erased accounts, so late events and still-valid tokens store nothing about them. */
@Component
public class ErasedUsers {

    private final JdbcTemplate jdbc;

    ErasedUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID user, Instant erasedAt) {
        jdbc.update("insert into erased_user (user_id, erased_at) values (?, ?) on conflict do nothing", user,
                Timestamp.from(erasedAt == null ? Instant.now() : erasedAt));
    }

    public boolean contains(UUID user) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from erased_user where user_id = ?)",
                Boolean.class, user));
    }
}
