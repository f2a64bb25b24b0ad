package io.trendscout.security.login;

import static io.trendscout.security.login.ThrottlingIT.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.security.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Findings 4, 9 and 18 of #18: one live sign-in challenge per account and a cap per hour; wrong
 * second-factor and reset codes count like wrong passwords; accounts lock, addresses only slow down,
 * and only sign-in failures count against an address.
 */
@PlatformIntegrationTest
class ThrottlingIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.trendscout.security.throttle.LoginGuard guard;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aNewChallengeEndsTheOlderOne() {
        Api.Account account = api.signUp(Api.uniqueEmail("one-challenge"));
        String older = challenge(account.email());
        String olderCode = Api.awaitCode(account.email(), "sign-in");
        String newer = challenge(account.email());
        String newerCode = Api.awaitCode(account.email(), "sign-in");

        assertProblem(api.post("/api/auth/verify-2fa", Map.of("challengeId", older, "code", olderCode)), 400, "code-invalid");
        assertThat(api.post("/api/auth/verify-2fa", Map.of("challengeId", newer, "code", newerCode)).status()).isEqualTo(200);
    }

    @Test
    void challengesPerAccountAndHourAreCapped() {
        Api.Account account = api.signUp(Api.uniqueEmail("challenge-cap")); // the first challenge of the hour
        for (int i = 2; i <= 5; i++) {
            assertThat(api.post("/api/auth/login", Map.of("email", account.email(), "password", Api.PASSWORD)).status())
                    .as("challenge " + i).isEqualTo(202);
        }
        int mails = Api.countMails(account.email());
        Api.Response sixth = api.post("/api/auth/login", Map.of("email", account.email(), "password", Api.PASSWORD));
        assertProblem(sixth, 429, "too-many-codes");
        assertThat(Integer.parseInt(sixth.retryAfter())).isBetween(3000, 3600);
        assertThat(Api.countMails(account.email())).as("no mail for a refused challenge").isEqualTo(mails);
    }

    @Test
    void wrongSecondFactorCodesCountTowardTheLockout() {
        Api.Account account = api.signUp(Api.uniqueEmail("2fa-lock"));
        String challenge = challenge(account.email());
        String code = Api.awaitCode(account.email(), "sign-in");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(api.postPatiently("/api/auth/verify-2fa", Map.of("challengeId", challenge, "code", wrong)).status())
                    .isIn(400, 429);
        }
        assertProblem(api.post("/api/auth/login", Map.of("email", account.email(), "password", Api.PASSWORD)), 423,
                "account-locked");
    }

    @Test
    void failuresFromManyAddressesLockTheAccountForEveryone() {
        Api.Account account = api.signUp(Api.uniqueEmail("distributed"));
        // four failures from elsewhere earlier in the window (the backoff after them is over)
        jdbc.update("""
                insert into login_throttle (throttle_key, failures, window_start, last_failure_at)
                values (?, 4, now() - interval '10 minutes', now() - interval '10 minutes')""", "account:" + account.id());
        assertProblem(api.from(address()).post("/api/auth/login", Map.of("email", account.email(), "password", "Wrong-Password-5")),
                401, "invalid-credentials");
        Api.Response owner = api.from(address()).postPatiently("/api/auth/login", Map.of("email", account.email(), "password", Api.PASSWORD));
        assertThat(owner.status()).as("five failures from several addresses do not lock the account yet: " + owner).isEqualTo(202);

        jdbc.update("update login_throttle set failures = 9, last_failure_at = now() - interval '10 minutes' where throttle_key = ?",
                "account:" + account.id());
        assertProblem(api.from(address()).post("/api/auth/login", Map.of("email", account.email(), "password", "Wrong-Password-10")),
                401, "invalid-credentials");
        Api.Response locked = api.from(address()).post("/api/auth/login", Map.of("email", account.email(), "password", Api.PASSWORD));
        assertProblem(locked, 423, "account-locked");
        assertThat(Integer.parseInt(locked.retryAfter())).isGreaterThan(60);
    }

    @Test
    void signedInFailuresAndUnknownChallengesDoNotCountAgainstTheAddress() {
        String shared = address();
        Api fromShared = api.from(shared);
        Api.Account someone = fromShared.signUp(Api.uniqueEmail("noisy"));
        Api.Account colleague = api.signUp(Api.uniqueEmail("colleague"));
        for (int i = 0; i < 25; i++) {
            assertProblem(fromShared.post("/api/auth/verify-2fa", Map.of("challengeId", UUID.randomUUID().toString(),
                    "code", "123456")), 400, "code-invalid");
        }
        for (int i = 0; i < 3; i++) {
            assertProblem(fromShared.withToken(someone.accessToken()).put("/api/users/me/password",
                    Map.of("currentPassword", "Not-The-Password-" + i, "newPassword", "Another-Good-Passphrase-7")), 400, "wrong-password");
        }
        Api.Response login = fromShared.post("/api/auth/login", Map.of("email", colleague.email(), "password", Api.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(202);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where throttle_key = ?", Integer.class,
                "client:" + shared)).isZero();
    }

    @Test
    void resetCodesArePerAccountAndHourCapped() {
        Api.Account account = api.signUp(Api.uniqueEmail("reset-cap"));
        for (int i = 1; i <= 5; i++) {
            assertThat(api.post("/api/auth/password-reset", Map.of("email", account.email())).status()).isEqualTo(202);
            olderByTwoMinutes(account.id());
        }
        int mails = Api.countMails(account.email());
        assertThat(mailsWithSubject(account.email(), "Reset")).isEqualTo(5);
        assertThat(api.post("/api/auth/password-reset", Map.of("email", account.email())).status()).isEqualTo(202);
        assertThat(Api.countMails(account.email())).as("the sixth code of the hour is not sent").isEqualTo(mails);
    }

    @Test
    void wrongResetCodesCountLikeFailedLogins() {
        Api.Account account = api.signUp(Api.uniqueEmail("reset-guess"));
        assertThat(api.post("/api/auth/password-reset", Map.of("email", account.email())).status()).isEqualTo(202);
        String code = Api.awaitCode(account.email(), "Reset");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertProblem(api.postPatiently("/api/auth/password-reset/confirm", Map.of("email", account.email(), "code", wrong,
                    "newPassword", "Brand-New-Passphrase-9")), 400, "code-invalid");
        }
        assertProblem(api.post("/api/auth/login", Map.of("email", account.email(), "password", Api.PASSWORD)), 423,
                "account-locked");
        assertProblem(api.post("/api/auth/password-reset/confirm", Map.of("email", account.email(), "code", code,
                "newPassword", "Brand-New-Passphrase-9")), 423, "account-locked");
    }

    @Test
    void endedCountsAreDropped() {
        jdbc.update("""
                insert into login_throttle (throttle_key, failures, window_start, last_failure_at, locked_until) values
                ('client:stale-test', 3, now() - interval '1 hour', now() - interval '1 hour', null),
                ('account:stale-locked-test', 0, now() - interval '1 hour', now() - interval '1 hour', now() + interval '5 minutes'),
                ('client:live-test', 3, now(), now(), null)""");
        assertThat(guard.dropStale()).isPositive();
        assertThat(jdbc.queryForList("select throttle_key from login_throttle where throttle_key like '%-test'", String.class))
                .containsExactlyInAnyOrder("account:stale-locked-test", "client:live-test");
    }

    private String challenge(String email) {
        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(202);
        return login.json().path("challengeId").asString();
    }

    private void olderByTwoMinutes(UUID accountId) {
        jdbc.update("update one_time_code set created_at = created_at - interval '2 minutes' where user_id = ? and purpose = 'PASSWORD_RESET'",
                accountId);
    }

    private static long mailsWithSubject(String email, String subject) {
        return io.trendscout.platform.test.TestInfrastructure.get().smtp().mailsTo(email).stream()
                .filter(mail -> mail.subject() != null && mail.subject().contains(subject)).count();
    }

    private static String address() {
        return "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    static final class Problems {
        static void assertProblem(Api.Response response, int status, String type) {
            assertThat(response.status()).as(response.toString()).isEqualTo(status);
            assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
            assertThat(response.problemType()).as(response.toString()).isEqualTo(type);
        }
    }
}
