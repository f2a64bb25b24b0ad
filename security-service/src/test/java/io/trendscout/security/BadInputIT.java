package io.trendscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every bad input is a 4xx problem naming what is wrong, never a 500. */
@PlatformIntegrationTest
class BadInputIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void malformedJsonUnknownFieldsAndInvalidEmailAreRejected() {
        assertProblem(api.post("/api/auth/register", "{\"email\": \"a@b.de\", "), 400, "malformed-body");
        Api.Response unknown = api.post("/api/auth/register", Map.of("email", Api.uniqueEmail("u"), "password", Api.PASSWORD,
                "firstName", "A", "locale", "en", "isAdmin", true));
        assertProblem(unknown, 400, "malformed-body");
        assertThat(unknown.json().path("detail").asString()).contains("isAdmin");
        for (String email : new String[] {"not-an-email", "a@b", "two@@example.com", "spaces in@example.com"}) {
            Api.Response invalid = api.post("/api/auth/register", Map.of("email", email, "password", Api.PASSWORD,
                    "firstName", "A", "locale", "en"));
            assertProblem(invalid, 400, "validation-failed");
            assertThat(invalid.json().path("errors").toString()).as(email).contains("email");
        }
        Api.Response locale = api.post("/api/auth/register", Map.of("email", Api.uniqueEmail("l"), "password", Api.PASSWORD,
                "firstName", "A", "locale", "fr"));
        assertProblem(locale, 400, "validation-failed");
        assertProblem(api.post("/api/auth/login", "[]"), 400, "malformed-body");
        assertProblem(api.post("/api/auth/verify-2fa", Map.of("challengeId", "not-a-uuid", "code", "123456")), 400, "malformed-body");
        assertProblem(api.post("/api/auth/verify-email", Map.of("email", "x@example.com", "code", "12ab56")), 400, "validation-failed");
    }

    @Test
    void weakAndCommonPasswordsAreRejected() {
        for (String password : new String[] {"short-pw1", "password1234", "Passwort1234", "qwertyuiop123", "aaaaaaaaaaaaaaaa"}) {
            Api.Response weak = api.post("/api/auth/register", Map.of("email", Api.uniqueEmail("w"), "password", password,
                    "firstName", "A", "locale", "en"));
            assertProblem(weak, 400, "weak-password");
            assertThat(weak.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
        }
    }

    /** Finding 8 of #18 changed this: a taken address is no longer a 409, a resend too soon no longer a 429. */
    @Test
    void duplicateRegistrationAndEarlyResendAnswerLikeAnyOther() {
        String email = Api.uniqueEmail("dup");
        assertThat(register(email).status()).isEqualTo(201);
        assertThat(register(email.toUpperCase()).status()).isEqualTo(201);
        int mails = Api.countMails(email);
        Api.Response resend = api.post("/api/auth/resend-code", Map.of("email", email));
        assertThat(resend.status()).as("a code was sent moments ago, which is not said").isEqualTo(202);
        assertThat(Api.countMails(email)).as("but no new one is sent").isEqualTo(mails);
        // Unknown addresses get the same neutral answer as pending ones.
        Api.Response unknown = api.post("/api/auth/resend-code", Map.of("email", Api.uniqueEmail("nobody")));
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(resend.body());
    }

    @Test
    void wrongExpiredReusedCodesAndTooManyAttempts() {
        String email = Api.uniqueEmail("codes");
        register(email);
        String code = Api.awaitCode(email, "Confirm");
        String wrong = code.equals("000000") ? "111111" : "000000";

        // Finding 8 of #18: every code that is not accepted gets one answer (no attempts left, no "expired",
        // no "used up"), so the answers do not tell a pending account from a verified or unknown one.
        Api.Response first = api.post("/api/auth/verify-email", Map.of("email", email, "code", wrong));
        assertProblem(first, 400, "code-invalid");
        assertThat(first.json().has("attemptsLeft")).isFalse();

        jdbc.update("update one_time_code set expires_at = now() - interval '1 minute' where subject = ("
                + "select id::text from account where email = ?)", email);
        assertProblem(api.post("/api/auth/verify-email", Map.of("email", email, "code", code)), 400, "code-invalid");

        jdbc.update("update one_time_code set expires_at = now() + interval '5 minutes' where subject = ("
                + "select id::text from account where email = ?)", email);
        for (int i = 0; i < 4; i++) {
            assertProblem(api.post("/api/auth/verify-email", Map.of("email", email, "code", wrong)), 400, "code-invalid");
        }
        // Burned after five wrong guesses: even the right code no longer works.
        assertProblem(api.post("/api/auth/verify-email", Map.of("email", email, "code", code)), 400, "code-invalid");
        assertThat(jdbc.queryForObject("select attempts from one_time_code where subject = (select id::text from account where email = ?)",
                Integer.class, email)).isEqualTo(5);

        // A fresh code (after the resend interval) works once; using it again is refused.
        jdbc.update("update one_time_code set created_at = now() - interval '2 minutes' where subject = ("
                + "select id::text from account where email = ?)", email);
        assertThat(api.post("/api/auth/resend-code", Map.of("email", email)).status()).isEqualTo(202);
        String fresh = Api.awaitCode(email, "Confirm");
        assertThat(api.post("/api/auth/verify-email", Map.of("email", email, "code", fresh)).status()).isEqualTo(200);
        assertProblem(api.post("/api/auth/verify-email", Map.of("email", email, "code", fresh)), 400, "code-invalid");
    }

    /** Finding 9 of #18 changed this: one address locks itself out of the account, not the owner. */
    @Test
    void bruteForceOnLoginBacksOffThenLocksTheAccountForThatAddress() throws Exception {
        String email = Api.uniqueEmail("brute");
        api.signUp(email);
        Api attacker = api.from("10.66." + (int) (Math.random() * 250) + ".1");
        int locked = 0;
        boolean sawBackoff = false;
        for (int attempt = 0; attempt < 12 && locked == 0; attempt++) {
            Api.Response response = attacker.post("/api/auth/login", Map.of("email", email, "password", "Wrong-Password-" + attempt));
            switch (response.status()) {
                case 401 -> assertThat(response.problemType()).isEqualTo("invalid-credentials");
                case 429 -> {
                    assertThat(response.problemType()).isEqualTo("slow-down");
                    assertThat(response.retryAfter()).isNotNull();
                    sawBackoff = true;
                    Thread.sleep(Long.parseLong(response.retryAfter()) * 1000);
                }
                case 423 -> {
                    assertThat(response.problemType()).isEqualTo("account-locked");
                    locked = Integer.parseInt(response.retryAfter());
                }
                default -> throw new AssertionError("unexpected " + response);
            }
        }
        assertThat(sawBackoff).isTrue();
        assertThat(locked).isGreaterThan(60);
        // Locked means locked for that address: even the right password from it is refused...
        assertProblem(attacker.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD)), 423, "account-locked");
        // ...but the owner elsewhere still signs in (after the account's short backoff).
        Api.Response owner = api.from("10.67.0." + (int) (Math.random() * 250)).postPatiently("/api/auth/login",
                Map.of("email", email, "password", Api.PASSWORD));
        assertThat(owner.status()).as(owner.toString()).isEqualTo(202);
        assertThat(jdbc.queryForObject("select count(*) from security_event where type = 'LOCKOUT' and user_id = "
                + "(select id from account where email = ?)", Integer.class, email)).isEqualTo(1);
    }

    /** Finding 9 of #18 changed this: the address is slowed down with growing delays, never locked for 15 minutes. */
    @Test
    void bruteForceFromOneAddressSlowsThatAddressDown() throws Exception {
        String email = Api.uniqueEmail("colleague");
        api.signUp(email);
        String office = "10.99." + (int) (Math.random() * 250) + ".7";
        Api attacker = api.from(office);
        Api.Response last = null;
        for (int attempt = 0; attempt < 21; attempt++) {
            last = attacker.post("/api/auth/login", Map.of("email", Api.uniqueEmail("nobody"), "password", "Wrong-Password-123"));
        }
        assertProblem(last, 429, "too-many-attempts");
        assertThat(Integer.parseInt(last.retryAfter())).isBetween(1, 60);
        // A colleague behind the same address waits seconds, not a lockout, with the right password.
        Thread.sleep(Long.parseLong(last.retryAfter()) * 1000);
        Api.Response colleague = api.from(office).post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD));
        assertThat(colleague.status()).as(colleague.toString()).isEqualTo(202);
    }

    @Test
    void bruteForceOnTheSecondFactorBurnsTheChallenge() {
        String email = Api.uniqueEmail("2fa");
        api.signUp(email);
        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD));
        String challenge = login.json().path("challengeId").asString();
        String code = Api.awaitCode(email, "sign-in");
        String wrong = code.equals("999999") ? "888888" : "999999";
        // Wrong codes count toward the account's backoff and lockout as well (finding 4 of #18).
        for (int i = 0; i < 4; i++) {
            assertProblem(api.postPatiently("/api/auth/verify-2fa", Map.of("challengeId", challenge, "code", wrong)), 400, "code-invalid");
        }
        assertProblem(api.postPatiently("/api/auth/verify-2fa", Map.of("challengeId", challenge, "code", wrong)), 429, "too-many-attempts");
        // The guessing address is locked out of the account now; elsewhere the challenge is burned.
        assertProblem(api.post("/api/auth/verify-2fa", Map.of("challengeId", challenge, "code", code)), 423, "account-locked");
        assertProblem(api.from("10.68.0." + (int) (Math.random() * 250)).postPatiently("/api/auth/verify-2fa",
                Map.of("challengeId", challenge, "code", code)), 429, "too-many-attempts");
        assertProblem(api.post("/api/auth/verify-2fa", Map.of("challengeId", UUID.randomUUID().toString(), "code", code)),
                400, "code-invalid");
    }

    @Test
    void aSpentSecondFactorCodeCannotBeReplayed() {
        String email = Api.uniqueEmail("replay");
        api.signUp(email);
        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD));
        String challenge = login.json().path("challengeId").asString();
        String code = Api.awaitCode(email, "sign-in");
        assertThat(api.post("/api/auth/verify-2fa", Map.of("challengeId", challenge, "code", code)).status()).isEqualTo(200);
        assertProblem(api.post("/api/auth/verify-2fa", Map.of("challengeId", challenge, "code", code)), 400, "code-used");
    }

    @Test
    void badProfileUpdatesAndPasswordChanges() {
        Api.Account account = api.signUp(Api.uniqueEmail("profile"));
        Api me = api.withToken(account.accessToken());
        assertProblem(me.put("/api/users/me", Map.of("timeZone", "Mars/Olympus")), 400, "invalid-parameter");
        assertProblem(me.put("/api/users/me", Map.of("preferences", Map.of("theme", "purple"))), 400, "validation-failed");
        assertProblem(me.put("/api/users/me", Map.of("email", "other@example.com")), 400, "malformed-body");
        assertProblem(me.put("/api/users/me/password", Map.of("currentPassword", "Not-The-Password-1", "newPassword",
                "Another-Good-Passphrase-7")), 400, "wrong-password");
        assertProblem(me.put("/api/users/me/password", Map.of("currentPassword", Api.PASSWORD, "newPassword",
                "password1234")), 400, "weak-password");
        assertThat(me.put("/api/users/me/password", Map.of("currentPassword", Api.PASSWORD, "newPassword",
                "Another-Good-Passphrase-7")).status()).isEqualTo(204);
        // The current session survives a password change, the password works.
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", account.refreshToken())).status()).isEqualTo(200);
        assertThat(api.signIn(account.email(), "Another-Good-Passphrase-7").accessToken()).isNotBlank();
    }

    @Test
    void passwordResetByMailedCodeEndsEverySession() {
        Api.Account account = api.signUp(Api.uniqueEmail("reset"));
        assertThat(api.post("/api/auth/password-reset", Map.of("email", account.email())).status()).isEqualTo(202);
        assertThat(api.post("/api/auth/password-reset", Map.of("email", Api.uniqueEmail("ghost"))).status()).isEqualTo(202);
        String code = Api.awaitCode(account.email(), "Reset");
        String wrong = code.equals("123456") ? "654321" : "123456";
        assertProblem(api.post("/api/auth/password-reset/confirm", Map.of("email", account.email(), "code", wrong,
                "newPassword", "Brand-New-Passphrase-9")), 400, "code-invalid");
        assertProblem(api.post("/api/auth/password-reset/confirm", Map.of("email", account.email(), "code", code,
                "newPassword", "tooshort")), 400, "weak-password");
        assertThat(api.post("/api/auth/password-reset/confirm", Map.of("email", account.email(), "code", code,
                "newPassword", "Brand-New-Passphrase-9")).status()).isEqualTo(204);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", account.refreshToken())).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login", Map.of("email", account.email(), "password", Api.PASSWORD)).status()).isEqualTo(401);
        assertThat(api.signIn(account.email(), "Brand-New-Passphrase-9").accessToken()).isNotBlank();
    }

    @Test
    void userACannotSeeOrRevokeUserBsSessions() {
        Api.Account a = api.signUp(Api.uniqueEmail("owner-a"));
        Api.Account b = api.signUp(Api.uniqueEmail("owner-b"));
        Api asB = api.withToken(b.accessToken());
        assertThat(asB.get("/api/users/me/sessions").body()).doesNotContain(a.sessionId().toString());
        assertProblem(asB.delete("/api/users/me/sessions/" + a.sessionId()), 404, "not-found");
        assertProblem(asB.delete("/api/users/me/sessions/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(asB.delete("/api/users/me/sessions/not-a-uuid"), 400, "invalid-parameter");
        assertThat(api.withToken(a.accessToken()).get("/api/users/me/sessions").body()).contains(a.sessionId().toString());
        assertThat(api.withToken(a.accessToken()).delete("/api/users/me/sessions/" + a.sessionId()).status()).isEqualTo(204);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", a.refreshToken())).status()).isEqualTo(401);
    }

    @Test
    void merchantsByChoiceAdminsOnlyByConfiguration() {
        Api.Account user = api.signUp(Api.uniqueEmail("merchant"));
        Api.Response merchant = api.withToken(user.accessToken()).post("/api/users/me/merchant", null);
        assertThat(merchant.json().path("roles").toString()).isEqualTo("[\"USER\",\"MERCHANT\"]");
        assertProblem(api.withToken(user.accessToken()).post("/api/auth/admin/signing-keys/rotate", null), 403, "forbidden");
        assertProblem(api.post("/api/auth/admin/signing-keys/rotate", null), 401, "unauthorized");
    }

    private Api.Response register(String email) {
        return api.post("/api/auth/register", Map.of("email", email, "password", Api.PASSWORD, "firstName", "A", "locale", "en"));
    }

    static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.problemType()).as(response.toString()).isEqualTo(type);
    }
}
