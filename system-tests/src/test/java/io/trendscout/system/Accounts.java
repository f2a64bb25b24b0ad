package io.trendscout.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trendscout.platform.infra.LocalSmtp;
import org.awaitility.Awaitility;

/**
 * Fresh, signed-in accounts for journey tests: registers through the gateway, reads the
 * verification and sign-in codes from the platform's SMTP server, and completes the 2FA sign-in.
 */
public final class Accounts {

    public static final String PASSWORD = "Journey-Passphrase-2026";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private Accounts() {
    }

    /** A new verified USER account, signed in. */
    public static Account signUp() {
        return signUp("user", "user");
    }

    /** A new verified account ({@code accountType} "user" or "merchant"), signed in. */
    public static Account signUp(String emailPrefix, String accountType) {
        String email = emailPrefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@journey.test";
        Gateway gateway = Gateway.anonymous();
        Gateway.Response registered = gateway.post("/api/auth/register", Map.of("email", email, "password", PASSWORD,
                "firstName", "Journey", "lastName", "Tester", "locale", "en", "accountType", accountType));
        require(registered, 201, "register");
        Gateway.Response verified = gateway.post("/api/auth/verify-email",
                Map.of("email", email, "code", latestCode(email, "Confirm|Bestätige")));
        require(verified, 200, "verify-email");
        return signIn(email, PASSWORD);
    }

    /** Password, then the mailed code: a new session for an existing verified account. */
    public static Account signIn(String email, String password) {
        Gateway gateway = Gateway.anonymous();
        Gateway.Response login = gateway.post("/api/auth/login", Map.of("email", email, "password", password));
        require(login, 202, "login");
        String challenge = login.json().path("challengeId").asString();
        Gateway.Response tokens = gateway.post("/api/auth/verify-2fa",
                Map.of("challengeId", challenge, "code", latestCode(email, "sign-in|Anmeldecode")));
        require(tokens, 200, "verify-2fa");
        String access = tokens.json().path("accessToken").asString();
        String subject = new String(java.util.Base64.getUrlDecoder().decode(access.split("\\.")[1]));
        Matcher sub = Pattern.compile("\"sub\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(subject);
        if (!sub.find()) {
            throw new IllegalStateException("Access token without a subject");
        }
        return new Account(UUID.fromString(sub.group(1)), email, access, tokens.json().path("refreshToken").asString(),
                UUID.fromString(tokens.json().path("sessionId").asString()));
    }

    /** The code of the newest mail to the address whose subject matches the pattern (waits up to 15 s). */
    public static String latestCode(String email, String subjectPattern) {
        Pattern subject = Pattern.compile(subjectPattern);
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<LocalSmtp.Mail> mails = RunningPlatform.get().smtp().mailsTo(email).stream()
                    .filter(mail -> mail.subject() != null && subject.matcher(mail.subject()).find()).toList();
            if (mails.isEmpty()) {
                return null;
            }
            Matcher matcher = CODE.matcher(mails.getLast().body());
            return matcher.find() ? matcher.group(1) : null;
        }, code -> code != null);
    }

    private static void require(Gateway.Response response, int status, String step) {
        if (response.status() != status) {
            throw new IllegalStateException(step + " answered " + response);
        }
    }

    /** A signed-in account: its id, address, tokens and session. */
    public record Account(UUID userId, String email, String accessToken, String refreshToken, UUID sessionId) {

        public Gateway gateway() {
            return Gateway.anonymous().withToken(accessToken);
        }
    }
}
