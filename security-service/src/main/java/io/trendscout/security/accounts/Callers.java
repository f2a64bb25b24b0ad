package io.trendscout.security.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.platform.identity.PlatformIdentity;
import io.trendscout.platform.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The account of the caller's token. A platform token names its account ({@code sub}); a token of
 * the trusted external issuer (Keycloak) is matched by its (issuer, subject) pair, never by the
 * subject alone, and its account is provisioned on the first request, with the id every service
 * knows the caller by ({@link CurrentUser#id()}: a version-3 UUID of {@code iss#sub}).
 */
@Component
class Callers {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PlatformIdentity identity;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    Callers(JdbcClient jdbc, Accounts accounts, PlatformIdentity identity, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.identity = identity;
        this.tx = tx;
    }

    UUID accountId() {
        UUID id = CurrentUser.id();
        Optional<Jwt> jwt = CurrentUser.jwt();
        if (jwt.isEmpty() || identity.isPlatformToken(jwt.get())) {
            return id;
        }
        String issuer = jwt.get().getClaimAsString("iss");
        String subject = jwt.get().getSubject();
        return linked(issuer, subject).orElseGet(() -> provision(id, issuer, subject, jwt.get()));
    }

    private Optional<UUID> linked(String issuer, String subject) {
        return jdbc.sql("select account_id from external_identity where issuer = ? and subject = ?")
                .params(issuer, subject).query(UUID.class).optional();
    }

    private UUID provision(UUID id, String issuer, String subject, Jwt jwt) {
        Instant now = clock.instant();
        List<String> roles = new ArrayList<>(List.of("USER"));
        identity.roles(jwt).stream().filter(role -> !roles.contains(role)).forEach(roles::add);
        try {
            tx.executeWithoutResult(status -> {
                if (accounts.existsById(id)) {
                    // an account with this id that is not linked to this identity is never handed over
                    throw new AccountRejected.IdentityConflict();
                }
                accounts.saveAndFlush(Account.provision(id, clip(Emails.normalize(jwt.getClaimAsString("email")), 320),
                        clip(firstNonBlank(jwt.getClaimAsString("given_name"), jwt.getClaimAsString("preferred_username")), 100),
                        clip(jwt.getClaimAsString("family_name"), 100), locale(jwt.getClaimAsString("locale")), roles, now));
                jdbc.sql("insert into external_identity (issuer, subject, account_id, created_at) values (?, ?, ?, ?)")
                        .params(issuer, subject, id, Timestamp.from(now)).update();
            });
            return id;
        } catch (DataIntegrityViolationException raced) {
            // a concurrent first request provisioned it
            return linked(issuer, subject).orElseThrow(AccountRejected.IdentityConflict::new);
        }
    }

    private static String locale(String claim) {
        return claim != null && claim.toLowerCase(java.util.Locale.ROOT).startsWith("de") ? "de" : "en";
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first.strip() : second == null ? "" : second.strip();
    }

    private static String clip(String value, int max) {
        return value == null ? null : value.length() > max ? value.substring(0, max) : value;
    }
}
