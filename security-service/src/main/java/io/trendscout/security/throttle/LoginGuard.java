package io.trendscout.security.throttle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.security.audit.SecurityEventType;
import io.trendscout.security.audit.SecurityEvents;
import io.trendscout.security.shared.ClientAddress;
import io.trendscout.security.throttle.Throttled.AccountLocked;
import io.trendscout.security.throttle.Throttled.ClientLocked;
import io.trendscout.security.throttle.Throttled.SlowDown;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts failed sign-in attempts per account and per client address in the database (so every
 * replica sees the same counts). After {@code backoffAfter} failures each attempt must wait an
 * exponentially growing delay; at the maximum the key is locked for {@code lockout}.
 */
@Service
@EnableConfigurationProperties(LoginProperties.class)
public class LoginGuard {

    private final JdbcClient jdbc;
    private final LoginProperties properties;
    private final SecurityEvents events;
    private final Clock clock;

    LoginGuard(JdbcClient jdbc, LoginProperties properties, SecurityEvents events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** Refuses the attempt if the client or the account is locked or must still wait. */
    public void check(ClientAddress client, UUID accountId) {
        Instant now = clock.instant();
        state(clientKey(client)).ifPresent(state -> {
            if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
                throw new ClientLocked(Duration.between(now, state.lockedUntil()));
            }
        });
        if (accountId == null) {
            return;
        }
        state(accountKey(accountId)).ifPresent(state -> {
            if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
                throw new AccountLocked(Duration.between(now, state.lockedUntil()));
            }
            if (state.windowStart().plus(properties.window()).isAfter(now) && state.failures() >= properties.backoffAfter()) {
                Instant next = state.lastFailureAt().plus(backoff(state.failures()));
                if (next.isAfter(now)) {
                    throw new SlowDown(Duration.between(now, next));
                }
            }
        });
    }

    /** Counts a failure against both keys; locks them when they reach their limit. */
    public void failed(ClientAddress client, UUID accountId) {
        if (count(clientKey(client), properties.clientMaxFailures())) {
            events.record(SecurityEventType.LOCKOUT, null, client.value(), "client");
        }
        if (accountId != null && count(accountKey(accountId), properties.accountMaxFailures())) {
            events.record(SecurityEventType.LOCKOUT, accountId, client.value(), "account");
        }
    }

    /** A successful sign-in forgets the account's failures (the client's stay until their window ends). */
    public void succeeded(UUID accountId) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(accountKey(accountId)).update();
    }

    public void forget(UUID accountId) {
        succeeded(accountId);
    }

    Duration backoff(int failures) {
        int exponent = Math.min(20, Math.max(0, failures - properties.backoffAfter()));
        Duration wait = properties.backoffBase().multipliedBy(1L << exponent);
        return wait.compareTo(properties.lockout()) > 0 ? properties.lockout() : wait;
    }

    /** Increments atomically (a fresh window if the old one ended); answers whether this failure locked the key. */
    private boolean count(String key, int maxFailures) {
        Instant now = clock.instant();
        Timestamp ts = Timestamp.from(now);
        Timestamp windowEnd = Timestamp.from(now.minus(properties.window()));
        Integer failures = jdbc.sql("""
                insert into login_throttle (throttle_key, failures, window_start, last_failure_at)
                values (:key, 1, :now, :now)
                on conflict (throttle_key) do update set
                  failures = case when login_throttle.window_start < :windowEnd
                                   and (login_throttle.locked_until is null or login_throttle.locked_until < :now)
                                  then 1 else login_throttle.failures + 1 end,
                  window_start = case when login_throttle.window_start < :windowEnd
                                   and (login_throttle.locked_until is null or login_throttle.locked_until < :now)
                                  then :now else login_throttle.window_start end,
                  last_failure_at = :now
                returning failures""")
                .param("key", key).param("now", ts).param("windowEnd", windowEnd)
                .query(Integer.class).single();
        if (failures >= maxFailures) {
            jdbc.sql("update login_throttle set locked_until = ?, failures = 0, window_start = ? where throttle_key = ?")
                    .params(Timestamp.from(now.plus(properties.lockout())), ts, key).update();
            return true;
        }
        return false;
    }

    private Optional<State> state(String key) {
        return jdbc.sql("select failures, window_start, last_failure_at, locked_until from login_throttle where throttle_key = ?")
                .param(key)
                .query((rs, n) -> new State(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    private static String clientKey(ClientAddress client) {
        return "client:" + client.value();
    }

    private static String accountKey(UUID accountId) {
        return "account:" + accountId;
    }

    private record State(int failures, Instant windowStart, Instant lastFailureAt, Instant lockedUntil) {
    }
}
