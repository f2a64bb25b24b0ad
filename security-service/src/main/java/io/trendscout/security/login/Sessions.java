package io.trendscout.security.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.SessionRevoked;
import io.trendscout.platform.security.NotOwner;
import io.trendscout.security.accounts.AccountClosing;
import io.trendscout.security.accounts.AccountDirectory;
import io.trendscout.security.accounts.AccountView;
import io.trendscout.security.accounts.PasswordChanged;
import io.trendscout.security.audit.SecurityEventType;
import io.trendscout.security.audit.SecurityEvents;
import io.trendscout.security.keys.AccessToken;
import io.trendscout.security.keys.AccessTokens;
import io.trendscout.security.keys.TokenProperties;
import io.trendscout.security.login.LoginRejected.InvalidRefreshToken;
import io.trendscout.security.login.LoginRejected.RefreshTokenReused;
import io.trendscout.security.shared.ClientAddress;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions are refresh-token families. Refresh tokens are 256-bit random strings stored as
 * SHA-256; every refresh spends the presented token and hands out the next one of the family.
 * A spent token presented again means a copy exists: the whole family is revoked. Every
 * revocation publishes {@link SessionRevoked} through the outbox in its own transaction, so the
 * gateway and the services refuse the session's access tokens until they would have expired.
 */
@Service
class Sessions {

    private final JdbcClient jdbc;
    private final AccessTokens accessTokens;
    private final AccountDirectory directory;
    private final TokenProperties properties;
    private final SecurityEvents events;
    private final TransactionTemplate tx;
    private final EventPublisher outbox;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    Sessions(JdbcClient jdbc, AccessTokens accessTokens, AccountDirectory directory, TokenProperties properties,
            SecurityEvents events, TransactionTemplate tx, EventPublisher outbox) {
        this.jdbc = jdbc;
        this.accessTokens = accessTokens;
        this.directory = directory;
        this.properties = properties;
        this.events = events;
        this.tx = tx;
        this.outbox = outbox;
    }

    TokenResponse open(AccountView account, ClientAddress client, String userAgent) {
        UUID familyId = UUID.randomUUID();
        Instant now = clock.instant();
        String refreshToken = tx.execute(status -> {
            jdbc.sql("""
                    insert into session_family (id, user_id, created_at, last_used_at, expires_at, client_address, user_agent)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(familyId, account.id(), Timestamp.from(now), Timestamp.from(now),
                            Timestamp.from(now.plus(properties.refreshTtl())), client.value(), clip(userAgent))
                    .update();
            return newToken(familyId, now);
        });
        return response(account, familyId, refreshToken);
    }

    TokenResponse refresh(String presented, ClientAddress client) {
        Outcome outcome = tx.execute(status -> rotate(presented));
        return switch (outcome) {
            case Outcome.Rotated rotated -> {
                events.record(SecurityEventType.TOKEN_REFRESHED, rotated.userId(), client.value());
                yield response(directory.get(rotated.userId()), rotated.familyId(), rotated.refreshToken());
            }
            case Outcome.Reused reused -> {
                events.record(SecurityEventType.TOKEN_REUSE, reused.userId(), client.value(), "family " + reused.familyId());
                throw new RefreshTokenReused();
            }
            case Outcome.Invalid invalid -> throw new InvalidRefreshToken();
        };
    }

    /** Ends the token's session; unknown tokens are ignored (logging out twice is fine). */
    void logout(String presented, ClientAddress client) {
        tx.executeWithoutResult(status -> jdbc.sql("select f.id, f.user_id from refresh_token t join session_family f on f.id = t.family_id where t.token_hash = ?")
                .param(hash(presented))
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional().ifPresent(ids -> {
                    revokeFamily(ids[0], "logout");
                    events.record(SecurityEventType.LOGOUT, ids[1], client.value());
                }));
    }

    List<SessionView> list(UUID userId, UUID currentSession) {
        return jdbc.sql("""
                select id, created_at, last_used_at, expires_at, client_address, user_agent from session_family
                where user_id = ? and revoked_at is null and expires_at > ? order by last_used_at desc""")
                .params(userId, Timestamp.from(clock.instant()))
                .query((rs, n) -> new SessionView(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
                        rs.getObject(1, UUID.class).equals(currentSession)))
                .list();
    }

    /** Revokes one of the caller's sessions; someone else's is answered as missing. */
    void revoke(UUID userId, UUID sessionId, ClientAddress client) {
        UUID owner = jdbc.sql("select user_id from session_family where id = ?").param(sessionId).query(UUID.class)
                .optional().orElseThrow(NotOwner::new);
        if (!owner.equals(userId)) {
            throw new NotOwner();
        }
        tx.executeWithoutResult(status -> revokeFamily(sessionId, "revoked by user"));
        events.record(SecurityEventType.SESSION_REVOKED, userId, client.value());
    }

    /** Runs inside the password change's transaction. */
    @EventListener
    void on(PasswordChanged changed) {
        revokeAllOf(changed.accountId(), changed.keepSessionId(), changed.reason());
    }

    /** Runs inside the erasure's transaction, before the sessions are deleted with the account. */
    @EventListener
    void on(AccountClosing closing) {
        revokeAllOf(closing.accountId(), null, "account erased");
    }

    private void revokeAllOf(UUID userId, UUID keepSessionId, String reason) {
        Instant now = clock.instant();
        jdbc.sql("""
                update session_family set revoked_at = ?, revoke_reason = ?
                where user_id = ? and revoked_at is null and expires_at > ?
                  and (cast(? as uuid) is null or id <> cast(? as uuid))
                returning id""")
                .params(Timestamp.from(now), reason, userId, Timestamp.from(now), keepSessionId, keepSessionId)
                .query(UUID.class).list()
                .forEach(sessionId -> announce(sessionId, userId, now, reason));
    }

    private Outcome rotate(String presented) {
        Instant now = clock.instant();
        Optional<StoredToken> found = jdbc.sql("""
                select t.id, t.family_id, f.user_id, t.expires_at, t.used_at, f.revoked_at, f.expires_at
                from refresh_token t join session_family f on f.id = t.family_id
                where t.token_hash = ? for update of t, f""")
                .param(hash(presented))
                .query((rs, n) -> new StoredToken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) != null,
                        rs.getTimestamp(6) != null, rs.getTimestamp(7).toInstant()))
                .optional();
        if (found.isEmpty()) {
            return new Outcome.Invalid();
        }
        StoredToken token = found.get();
        if (token.used()) {
            if (!token.familyRevoked()) {
                revokeFamily(token.familyId(), "refresh token reuse");
            }
            return new Outcome.Reused(token.userId(), token.familyId());
        }
        if (token.familyRevoked() || !now.isBefore(token.expiresAt()) || !now.isBefore(token.familyExpiresAt())) {
            return new Outcome.Invalid();
        }
        jdbc.sql("update refresh_token set used_at = ? where id = ?").params(Timestamp.from(now), token.id()).update();
        jdbc.sql("update session_family set last_used_at = ?, expires_at = ? where id = ?")
                .params(Timestamp.from(now), Timestamp.from(now.plus(properties.refreshTtl())), token.familyId()).update();
        return new Outcome.Rotated(token.userId(), token.familyId(), newToken(token.familyId(), now));
    }

    private String newToken(UUID familyId, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into refresh_token (id, family_id, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), familyId, hash(token), Timestamp.from(now),
                        Timestamp.from(now.plus(properties.refreshTtl())))
                .update();
        return token;
    }

    /** Inside a transaction: the revocation and its event commit together or not at all. */
    private void revokeFamily(UUID familyId, String reason) {
        Instant now = clock.instant();
        jdbc.sql("update session_family set revoked_at = ?, revoke_reason = ? where id = ? and revoked_at is null returning user_id")
                .params(Timestamp.from(now), reason, familyId).query(UUID.class).optional()
                .ifPresent(userId -> announce(familyId, userId, now, reason));
    }

    /** Access tokens are not recorded; the newest one of the session expires at most one access TTL from now. */
    private void announce(UUID sessionId, UUID userId, Instant revokedAt, String reason) {
        outbox.publish(new SessionRevoked(sessionId, userId, revokedAt, revokedAt.plus(properties.accessTtl()), reason));
    }

    private TokenResponse response(AccountView account, UUID familyId, String refreshToken) {
        AccessToken access = accessTokens.issue(account.id(), account.roles(), account.tier(), familyId);
        long expiresIn = Math.max(0, Duration.between(clock.instant(), access.expiresAt()).toSeconds());
        return new TokenResponse(access.value(), "Bearer", expiresIn, refreshToken, properties.refreshTtl().toSeconds(),
                familyId);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String clip(String userAgent) {
        return userAgent == null ? null : userAgent.length() > 200 ? userAgent.substring(0, 200) : userAgent;
    }

    private record StoredToken(UUID id, UUID familyId, UUID userId, Instant expiresAt, boolean used,
            boolean familyRevoked, Instant familyExpiresAt) {
    }

    private sealed interface Outcome {
        record Rotated(UUID userId, UUID familyId, String refreshToken) implements Outcome {
        }

        record Reused(UUID userId, UUID familyId) implements Outcome {
        }

        record Invalid() implements Outcome {
        }
    }

    /** A session as its owner sees it. */
    record SessionView(UUID id, java.time.Instant createdAt, java.time.Instant lastUsedAt, java.time.Instant expiresAt,
            String clientAddress, String userAgent, boolean current) {
    }
}
