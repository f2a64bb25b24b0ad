package io.trendscout.security.keys;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.trendscout.platform.security.SecretCipher;
import io.trendscout.security.audit.SecurityEventType;
import io.trendscout.security.audit.SecurityEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ES256 keys tokens are signed with. The private key is stored encrypted ({@link SecretCipher},
 * bound to its kid) and wiped when the key is retired; a retired key's public half stays in the
 * JWKS until every token it signed has expired. Replicas coordinate rotation with a PostgreSQL
 * advisory lock and notice each other's new keys through short caches (and a reload on an unknown kid).
 */
@Service
public class SigningKeys {

    static final long ROTATION_LOCK = 0x7472656e64L;
    private static final Duration CACHE = Duration.ofSeconds(30);
    private static final Duration RELOAD_ON_UNKNOWN_KID = Duration.ofSeconds(1);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final DateTimeFormatter KID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final TokenProperties properties;
    private final SecurityEvents events;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    private volatile Cached<ECKey> signing;
    private volatile Cached<JWKSet> published;

    SigningKeys(JdbcClient jdbc, SecretCipher cipher, TokenProperties properties, SecurityEvents events,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.cipher = cipher;
        this.properties = properties;
        this.events = events;
    }

    /** The current private key (with its kid). */
    public ECKey signingKey() {
        Cached<ECKey> current = signing;
        if (current == null || current.isOlderThan(CACHE, clock)) {
            current = new Cached<>(loadActive(), clock.instant());
            signing = current;
        }
        return current.value();
    }

    /** The public keys tokens may be verified with: the current one and those retired less than a token lifetime ago. */
    public JWKSet publicKeys() {
        Cached<JWKSet> current = published;
        if (current == null || current.isOlderThan(CACHE, clock)) {
            current = new Cached<>(loadPublished(), clock.instant());
            published = current;
        }
        return current.value();
    }

    /** Public keys, re-read from the database (at most once a second) when the wanted kid is not known yet. */
    JWKSet publicKeysFor(String kid) {
        JWKSet keys = publicKeys();
        if (kid != null && keys.getKeyByKeyId(kid) == null && published.isOlderThan(RELOAD_ON_UNKNOWN_KID, clock)) {
            published = new Cached<>(loadPublished(), clock.instant());
            return published.value();
        }
        return keys;
    }

    /** Creates a new signing key now, whatever the age of the current one. */
    public String rotate(String reason) {
        return tx.execute(status -> {
            lock();
            return createKey(reason);
        });
    }

    /** Creates a key if there is none or the current one is older than {@code maxAge}; safe on every replica. */
    public void rotateIfOlderThan(Duration maxAge) {
        tx.executeWithoutResult(status -> {
            lock();
            Instant newest = jdbc.sql("select created_at from signing_key where retired_at is null order by created_at desc limit 1")
                    .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
            if (newest == null || newest.plus(maxAge).isBefore(clock.instant())) {
                createKey(newest == null ? "initial" : "scheduled");
            }
        });
    }

    /** Forgets keys no token can use any more. */
    public int prune() {
        return jdbc.sql("delete from signing_key where publish_until is not null and publish_until < ?")
                .param(Timestamp.from(clock.instant())).update();
    }

    List<KeyInfo> list() {
        return jdbc.sql("select kid, created_at, retired_at, publish_until from signing_key order by created_at desc")
                .query((rs, n) -> new KeyInfo(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    private String createKey(String reason) {
        Instant now = clock.instant();
        String kid = "ts-" + KID_DATE.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
        ECKey key;
        try {
            key = new ECKeyGenerator(Curve.P_256).keyID(kid).algorithm(JWSAlgorithm.ES256).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException ex) {
            throw new IllegalStateException("Could not generate a signing key", ex);
        }
        jdbc.sql("""
                update signing_key set retired_at = ?, publish_until = ?, private_jwk = null
                where retired_at is null""")
                .params(Timestamp.from(now), Timestamp.from(now.plus(properties.accessTtl()).plus(CLOCK_SKEW))).update();
        jdbc.sql("insert into signing_key (kid, algorithm, public_jwk, private_jwk, created_at) values (?, 'ES256', ?, ?, ?)")
                .params(kid, key.toPublicJWK().toJSONString(), cipher.encrypt(key.toJSONString(), associatedData(kid)),
                        Timestamp.from(now))
                .update();
        signing = null;
        published = null;
        events.record(SecurityEventType.SIGNING_KEY_ROTATED, null, null, reason + " " + kid);
        return kid;
    }

    private ECKey loadActive() {
        var row = jdbc.sql("select kid, private_jwk from signing_key where retired_at is null order by created_at desc limit 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (row.isEmpty()) {
            rotateIfOlderThan(properties.keyRotationInterval());
            return loadActiveOrFail();
        }
        return parsePrivate(row.get()[0], row.get()[1]);
    }

    private ECKey loadActiveOrFail() {
        String[] row = jdbc.sql("select kid, private_jwk from signing_key where retired_at is null order by created_at desc limit 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        return parsePrivate(row[0], row[1]);
    }

    private ECKey parsePrivate(String kid, String encrypted) {
        try {
            return ECKey.parse(cipher.decrypt(encrypted, associatedData(kid)));
        } catch (ParseException ex) {
            throw new IllegalStateException("Signing key " + kid + " is unreadable", ex);
        }
    }

    private JWKSet loadPublished() {
        List<JWK> keys = jdbc.sql("""
                select public_jwk from signing_key where publish_until is null or publish_until > ? order by created_at desc""")
                .param(Timestamp.from(clock.instant()))
                .query((rs, n) -> parsePublic(rs.getString(1))).list();
        return new JWKSet(keys);
    }

    private static JWK parsePublic(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException ex) {
            throw new IllegalStateException("Stored public key is unreadable", ex);
        }
    }

    private void lock() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) l").param(ROTATION_LOCK).query(Integer.class).single();
    }

    private static String associatedData(String kid) {
        return "signing-key:" + kid;
    }

    /** What an admin sees of a key (never the private half). */
    record KeyInfo(String kid, Instant createdAt, Instant retiredAt, Instant publishUntil) {
    }

    private record Cached<T>(T value, Instant loadedAt) {
        boolean isOlderThan(Duration age, Clock clock) {
            return loadedAt.plus(age).isBefore(clock.instant());
        }
    }
}
