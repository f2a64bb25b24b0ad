package io.trendscout.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.security.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Finding 8 of #18: the public account endpoints answer the same whether or not an address has an account. */
@PlatformIntegrationTest
class EnumerationIT {

    @Value("${local.server.port}")
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void registeringATakenAddressAnswersLikeANewOneAndMailsTheOwner() {
        Api.Account owner = api.signUp(Api.uniqueEmail("taken"));
        Api.Response fresh = register(Api.uniqueEmail("fresh"));
        Api.Response taken = register(owner.email().toUpperCase());

        assertThat(taken.status()).as(taken.toString()).isEqualTo(fresh.status()).isEqualTo(201);
        assertThat(fieldNames(taken.json())).isEqualTo(fieldNames(fresh.json()));
        assertThat(taken.json().path("status").asString()).isEqualTo(fresh.json().path("status").asString());
        assertThat(taken.json().path("email").asString()).isEqualTo(owner.email());
        assertThat(taken.json().path("id").asString()).isNotEqualTo(owner.id().toString());

        assertThat(lastSubject(owner.email())).contains("already exists");
        int mails = Api.countMails(owner.email());
        assertThat(register(owner.email()).status()).isEqualTo(201);
        assertThat(Api.countMails(owner.email())).as("the owner is told once an hour, not flooded").isEqualTo(mails);
        // nothing about the account changed: the password still works
        assertThat(api.signIn(owner.email(), Api.PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void verifyEmailAnswersTheSameForVerifiedPendingAndUnknownAddresses() {
        Api.Account verified = api.signUp(Api.uniqueEmail("verified"));
        String pending = Api.uniqueEmail("pending");
        register(pending);
        String code = Api.awaitCode(pending, "Confirm");
        String wrong = code.equals("000000") ? "111111" : "000000";

        Api.Response toVerified = api.post("/api/auth/verify-email", Map.of("email", verified.email(), "code", wrong));
        Api.Response toPending = api.post("/api/auth/verify-email", Map.of("email", pending, "code", wrong));
        Api.Response toUnknown = api.post("/api/auth/verify-email", Map.of("email", Api.uniqueEmail("unknown"), "code", wrong));
        assertThat(toPending.status()).isEqualTo(400);
        assertSameAnswer(toVerified, toPending);
        assertSameAnswer(toUnknown, toPending);
    }

    @Test
    void resendAnswersTheSameForVerifiedPendingAndUnknownAddresses() {
        Api.Account verified = api.signUp(Api.uniqueEmail("verified"));
        String pending = Api.uniqueEmail("pending");
        register(pending); // a code was sent just now: a resend is too soon

        Api.Response toPending = api.post("/api/auth/resend-code", Map.of("email", pending));
        Api.Response toVerified = api.post("/api/auth/resend-code", Map.of("email", verified.email()));
        Api.Response toUnknown = api.post("/api/auth/resend-code", Map.of("email", Api.uniqueEmail("unknown")));
        assertThat(toPending.status()).isEqualTo(202);
        assertSameAnswer(toVerified, toPending);
        assertSameAnswer(toUnknown, toPending);
    }

    @Test
    void unknownAddressesAreLockedOutLikeAccounts() {
        Api.Account account = api.signUp(Api.uniqueEmail("lock-known"));
        List<String> known = failUntilLocked(account.email());
        List<String> unknown = failUntilLocked(Api.uniqueEmail("lock-unknown"));
        assertThat(known.getLast()).isEqualTo("423 account-locked");
        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void passwordResetConfirmationAnswersTheSameForUnknownAddresses() {
        Api.Account account = api.signUp(Api.uniqueEmail("reset-known"));
        api.post("/api/auth/password-reset", Map.of("email", account.email()));
        String code = Api.awaitCode(account.email(), "Reset");
        String wrong = code.equals("000000") ? "111111" : "000000";
        Map<String, String> body = Map.of("code", wrong, "newPassword", "Brand-New-Passphrase-9");

        Api.Response known = api.post("/api/auth/password-reset/confirm", with(body, account.email()));
        Api.Response unknown = api.post("/api/auth/password-reset/confirm", with(body, Api.uniqueEmail("reset-unknown")));
        assertThat(known.status()).isEqualTo(400);
        assertSameAnswer(unknown, known);
    }

    /** Wrong passwords from one address until the lock; the answers in order (waiting out backoffs, which are not listed). */
    private List<String> failUntilLocked(String email) {
        Api attacker = api.from("10.55." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
        List<String> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            Api.Response response = attacker.postPatiently("/api/auth/login", Map.of("email", email, "password", "Wrong-Password-" + attempt));
            answers.add(response.status() + " " + response.problemType());
            if (response.status() == 423) {
                break;
            }
        }
        return answers;
    }

    private static void assertSameAnswer(Api.Response actual, Api.Response expected) {
        assertThat(actual.status()).as(actual.toString()).isEqualTo(expected.status());
        assertThat(actual.contentType()).isEqualTo(expected.contentType());
        JsonNode a = actual.json();
        JsonNode e = expected.json();
        assertThat(fieldNames(a)).as(actual.toString()).isEqualTo(fieldNames(e));
        for (String field : List.of("type", "title", "detail", "status")) {
            assertThat(a.path(field).toString()).as(field + " of " + actual).isEqualTo(e.path(field).toString());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>(node.propertyNames());
        names.sort(String::compareTo);
        return names;
    }

    private static Map<String, String> with(Map<String, String> body, String email) {
        Map<String, String> all = new java.util.HashMap<>(body);
        all.put("email", email);
        return all;
    }

    private Api.Response register(String email) {
        return api.post("/api/auth/register", Map.of("email", email, "password", "Other-Horse-Battery-43",
                "firstName", "A", "locale", "en"));
    }

    private static String lastSubject(String email) {
        return TestInfrastructure.get().smtp().mailsTo(email).getLast().subject();
    }
}
