package io.trendscout.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trendscout.platform.infra.LocalSmtp;
import io.trendscout.platform.test.TestInfrastructure;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the service under test, plus sign-up helpers that read codes from the real SMTP server. */
public final class Api {

    public static final String PASSWORD = "Correct-Horse-Battery-42";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final String baseUrl;
    private final String token;
    private final String clientAddress;

    public Api(int port) {
        this("http://localhost:" + port, null, "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
    }

    private Api(String baseUrl, String token, String clientAddress) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.clientAddress = clientAddress;
    }

    public Api withToken(String accessToken) {
        return new Api(baseUrl, accessToken, clientAddress);
    }

    /** Requests seem to come from another client address (as the gateway would forward it). */
    public Api from(String address) {
        return new Api(baseUrl, token, address);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    /** Posts; while the answer is a 429 slow-down (backoff), waits as told and posts again. */
    public Response postPatiently(String path, Object body) {
        while (true) {
            Response response = post(path, body);
            if (response.status() != 429 || !"slow-down".equals(response.problemType())) {
                return response;
            }
            try {
                Thread.sleep(Long.parseLong(response.retryAfter()) * 1000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            String json = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException | InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Registers, verifies with the mailed code, signs in with the mailed 2FA code. */
    public Account signUp(String email) {
        Response registered = post("/api/auth/register", Map.of("email", email, "password", PASSWORD,
                "firstName", "Test", "locale", "en"));
        if (registered.status() != 201) {
            throw new IllegalStateException("register: " + registered);
        }
        String code = awaitCode(email, "Confirm|Bestätige");
        Response verified = post("/api/auth/verify-email", Map.of("email", email, "code", code));
        if (verified.status() != 200) {
            throw new IllegalStateException("verify: " + verified);
        }
        return signIn(email, PASSWORD);
    }

    public Account signIn(String email, String password) {
        Response login = post("/api/auth/login", Map.of("email", email, "password", password));
        if (login.status() != 202) {
            throw new IllegalStateException("login: " + login);
        }
        String challenge = login.json().path("challengeId").asString();
        Response tokens = post("/api/auth/verify-2fa", Map.of("challengeId", challenge, "code", awaitCode(email, "sign-in|Anmeldecode")));
        if (tokens.status() != 200) {
            throw new IllegalStateException("2fa: " + tokens);
        }
        JsonNode body = tokens.json();
        return new Account(UUID.fromString(registeredId(body.path("accessToken").asString())), email,
                body.path("accessToken").asString(), body.path("refreshToken").asString(),
                UUID.fromString(body.path("sessionId").asString()));
    }

    /**
     * The code in the newest mail to the address whose subject matches the pattern. The
     * service sends mail before it answers, so the mail of the request just made is there.
     */
    public static String awaitCode(String email, String subjectContains) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var mails = smtp().mailsTo(email).stream()
                    .filter(m -> m.subject() != null && Pattern.compile(subjectContains).matcher(m.subject()).find()).toList();
            if (mails.isEmpty()) {
                return null;
            }
            Matcher matcher = CODE.matcher(mails.get(mails.size() - 1).body());
            return matcher.find() ? matcher.group(1) : null;
        }, code -> code != null);
    }

    public static int countMails(String email) {
        return smtp().mailsTo(email).size();
    }

    static LocalSmtp smtp() {
        return TestInfrastructure.get().smtp();
    }

    /** The {@code sub} claim of a JWT (no verification: the service does that). */
    public static String registeredId(String jwt) {
        return claims(jwt).path("sub").asString();
    }

    public static JsonNode claims(String jwt) {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    public static JsonNode header(String jwt) {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A signed-in account. */
    public record Account(UUID id, String email, String accessToken, String refreshToken, UUID sessionId) {
    }

    public record Response(int status, String body, String contentType, String retryAfter) {

        public JsonNode json() {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        }

        public String problemType() {
            return json().path("type").asString("").replace("https://trendscout.io/problems/", "");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
