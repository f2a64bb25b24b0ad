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
import io.trendscout.security.throttle.Throttled.ClientSlowDown;
import io.trendscout.security.throttle.Throttled.SlowDown;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Counts failed sign-in attempts in the database (so every replica sees the same counts) under
 * three keys: the target account (locked after {@code accountMaxFailures} from anywhere), the
 * pair of client address and account (locked after {@code pairMaxFailures}, so one address
 * cannot lock the owner out) and the client address alone, which is only ever slowed down with
 * growing delays (an office behind one NAT address must not be locked out by one attacker).
 * Only sign-in failures count: wrong passwords, wrong codes of a real sign-in challenge and
 * wrong password-reset codes.
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

    /** Refuses the attempt if the target is locked (for everyone or for this address) or the caller must still wait. */
    public void check(ClientAddress client, LoginTarget target) {
        Instant now = clock.instant();
        state(clientKey(client)).ifPresent(state -> {
            if (state.inWindow(now, properties.window()) && state.failures() >= properties.clientBackoffAfter()) {
                Instant next = state.lastFailureAt().plus(clientDelay(state.failures()));
                if (next.isAfter(now)) {
                    throw new ClientSlowDown(Duration.between(now, next));
                }
            }
        });
        if (target == null) {
            return;
        }
        for (String key : new String[] {target.key(), pairKey(client, target)}) {
            state(key).ifPresent(state -> {
                if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
                    throw new AccountLocked(Duration.between(now, state.lockedUntil()));
                }
            });
        }
        state(target.key()).ifPresent(state -> {
            if (state.inWindow(now, properties.window()) && state.failures() >= properties.backoffAfter()) {
                Instant next = state.lastFailureAt().plus(backoff(state.failures()));
                if (next.isAfter(now)) {
                    throw new SlowDown(Duration.between(now, next));
                }
            }
        });
    }

    /** A failed sign-in: counts against the client address, the target and the pair; locks what reached its limit. */
    public void failed(ClientAddress client, LoginTarget target) {
        count(clientKey(client), 0);
        failedForTarget(client, target);
    }

    /**
     * A wrong password from someone already signed in (a password change): counts against the
     * account and the pair only, never against the address others may share.
     */
    public void failedSignedIn(ClientAddress client, UUID accountId) {
        failedForTarget(client, LoginTarget.account(accountId));
    }

    /** A successful sign-in forgets the target's failures and the pair's (the client's stay until their window ends). */
    public void succeeded(ClientAddress client, UUID accountId) {
        LoginTarget target = LoginTarget.account(accountId);
        jdbc.sql("delete from login_throttle where throttle_key in (?, ?)").params(target.key(), pairKey(client, target)).update();
    }

    /** Lifts every lock and count of the account (password reset, erasure). */
    public void forget(UUID accountId) {
        LoginTarget target = LoginTarget.account(accountId);
        jdbc.sql("delete from login_throttle where throttle_key = ? or throttle_key like ?")
                .params(target.key(), "pair:" + target.key() + "@%").update();
    }

    /** Counts whose window has ended and locks that have run out are dropped (hourly), so the table does not grow without bound. */
    @Scheduled(fixedDelayString = "1h", initialDelayString = "5m")
    public int dropStale() {
        Instant now = clock.instant();
        return jdbc.sql("""
                delete from login_throttle where window_start < ? and (locked_until is null or locked_until < ?)""")
                .params(Timestamp.from(now.minus(properties.window())), Timestamp.from(now)).update();
    }

    Duration backoff(int failures) {
        return doubling(failures - properties.backoffAfter(), properties.lockout());
    }

    Duration clientDelay(int failures) {
        return doubling(failures - properties.clientBackoffAfter(), properties.clientMaxDelay());
    }

    private Duration doubling(int steps, Duration cap) {
        int exponent = Math.min(20, Math.max(0, steps));
        Duration wait = properties.backoffBase().multipliedBy(1L << exponent);
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    private void failedForTarget(ClientAddress client, LoginTarget target) {
        if (target == null) {
            return;
        }
        if (count(pairKey(client, target), properties.pairMaxFailures())) {
            events.record(SecurityEventType.LOCKOUT, target.accountId(), client.value(), "account from address");
        }
        if (count(target.key(), properties.accountMaxFailures())) {
            events.record(SecurityEventType.LOCKOUT, target.accountId(), client.value(), "account");
        }
    }

    /**
     * Increments atomically (a fresh window if the old one ended); locks the key when it reaches
     * {@code maxFailures} (0: never) and answers whether this failure locked it.
     */
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
        if (maxFailures > 0 && failures >= maxFailures) {
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

    private static String pairKey(ClientAddress client, LoginTarget target) {
        return "pair:" + target.key() + "@" + client.value();
    }

    private record State(int failures, Instant windowStart, Instant lastFailureAt, Instant lockedUntil) {

        boolean inWindow(Instant now, Duration window) {
            return windowStart.plus(window).isAfter(now);
        }
    }
}
