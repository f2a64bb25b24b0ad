package io.trendscout.security.codes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.security.codes.CodeRejected.CodeAlreadyUsed;
import io.trendscout.security.codes.CodeRejected.CodeAttemptsExhausted;
import io.trendscout.security.codes.CodeRejected.CodeExpired;
import io.trendscout.security.codes.CodeRejected.CodeInvalid;
import io.trendscout.security.codes.CodeRejected.CodeQuotaExceeded;
import io.trendscout.security.codes.CodeRejected.CodeResendTooSoon;
import io.trendscout.security.codes.CodeRejected.NoCode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues and checks six-digit codes. Only a salted SHA-256 of each code is stored. Every check
 * first reserves one attempt with an atomic update, so even concurrent guesses never exceed the
 * limit. A newer code of a purpose supersedes every older one of the account (one live sign-in
 * challenge per account), and an account gets at most {@code maxPerHour} codes of a purpose per hour.
 */
@Service
@EnableConfigurationProperties(CodeProperties.class)
public class OneTimeCodes {

    private final JdbcClient jdbc;
    private final CodeProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(JdbcClient jdbc, CodeProperties properties, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /**
     * A new code for the subject, unless one was sent less than the resend interval ago or the
     * account has had its codes of this purpose for the hour.
     */
    public IssuedCode issue(CodePurpose purpose, UUID userId, String subject) {
        return tx.execute(status -> {
            // one issue per account and purpose at a time, so concurrent requests cannot exceed the hourly cap
            jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext(?))").param(purpose.name() + ':' + userId).query(Integer.class).single();
            return issueLocked(purpose, userId, subject);
        });
    }

    private IssuedCode issueLocked(CodePurpose purpose, UUID userId, String subject) {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        List<Instant> lastHour = jdbc.sql("""
                select created_at from one_time_code where purpose = ? and user_id = ? and created_at > ? order by created_at""")
                .params(purpose.name(), userId, Timestamp.from(hourAgo)).query(Timestamp.class).list()
                .stream().map(Timestamp::toInstant).toList();
        if (lastHour.size() >= properties.maxPerHour()) {
            Instant freeAt = lastHour.get(lastHour.size() - properties.maxPerHour()).plus(Duration.ofHours(1));
            throw new CodeQuotaExceeded(Duration.between(now, freeAt));
        }
        Optional<Instant> last = jdbc.sql("select created_at from one_time_code where purpose = ? and subject = ? order by created_at desc limit 1")
                .params(purpose.name(), subject).query(Timestamp.class).optional().map(Timestamp::toInstant);
        if (last.isPresent() && last.get().plus(properties.resendAfter()).isAfter(now)) {
            throw new CodeResendTooSoon(Duration.between(now, last.get().plus(properties.resendAfter())));
        }
        jdbc.sql("update one_time_code set superseded = true where purpose = ? and user_id = ? and used_at is null")
                .params(purpose.name(), userId).update();
        String code = "%06d".formatted(random.nextInt(1_000_000));
        String salt = HexFormat.of().formatHex(randomBytes(16));
        Instant expiresAt = now.plus(properties.ttl());
        jdbc.sql("""
                insert into one_time_code (id, purpose, subject, user_id, code_hash, salt, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), purpose.name(), subject, userId, hash(salt, purpose, subject, code), salt,
                        Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
        return new IssuedCode(code, expiresAt, properties.ttl());
    }

    /** Whose latest code for this subject it is (e.g. the account behind a sign-in challenge). */
    public Optional<UUID> holder(CodePurpose purpose, String subject) {
        return jdbc.sql("select user_id from one_time_code where purpose = ? and subject = ? order by created_at desc limit 1")
                .params(purpose.name(), subject).query(UUID.class).optional();
    }

    /** Checks the code and spends it; answers whose code it was. */
    public UUID consume(CodePurpose purpose, String subject, String code) {
        StoredCode stored = jdbc.sql("""
                select id, user_id, code_hash, salt, expires_at, attempts, used_at, superseded from one_time_code
                where purpose = ? and subject = ? order by created_at desc limit 1""")
                .params(purpose.name(), subject)
                .query((rs, n) -> new StoredCode(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getString("code_hash"), rs.getString("salt"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getInt("attempts"), rs.getTimestamp("used_at") != null, rs.getBoolean("superseded")))
                .optional().orElseThrow(NoCode::new);
        if (stored.used()) {
            throw new CodeAlreadyUsed();
        }
        if (stored.superseded()) {
            throw new NoCode();
        }
        if (!clock.instant().isBefore(stored.expiresAt())) {
            throw new CodeExpired();
        }
        Optional<Integer> attempts = jdbc.sql("""
                update one_time_code set attempts = attempts + 1
                where id = ? and attempts < ? and used_at is null returning attempts""")
                .params(stored.id(), properties.maxAttempts()).query(Integer.class).optional();
        if (attempts.isEmpty()) {
            throw new CodeAttemptsExhausted();
        }
        boolean matches = MessageDigest.isEqual(
                hash(stored.salt(), purpose, subject, code == null ? "" : code).getBytes(StandardCharsets.US_ASCII),
                stored.codeHash().getBytes(StandardCharsets.US_ASCII));
        if (!matches) {
            int left = properties.maxAttempts() - attempts.get();
            if (left <= 0) {
                throw new CodeAttemptsExhausted();
            }
            throw new CodeInvalid(left);
        }
        int marked = jdbc.sql("update one_time_code set used_at = ? where id = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), stored.id()).update();
        if (marked == 0) {
            throw new CodeAlreadyUsed();
        }
        return stored.userId();
    }

    static String hash(String salt, CodePurpose purpose, String subject, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = digest.digest((salt + ':' + purpose.name() + ':' + subject + ':' + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private record StoredCode(UUID id, UUID userId, String codeHash, String salt, Instant expiresAt, int attempts,
            boolean used, boolean superseded) {
    }
}
