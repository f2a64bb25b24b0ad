package io.trendscout.gateway;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** Token validation at the edge: who gets through to a service and who gets a 401/403/404 problem. */
class AuthenticationIT extends GatewayTestSupport {

    private void backendAnswers() {
        BACKEND.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
    }

    @Test
    void protectedRouteWithoutTokenIs401Problem() {
        backendAnswers();
        HttpResponse<String> response = fetch("/api/trends", null);
        JsonNode body = problem(response, 401);
        assertThat(body.get("type").asString()).endsWith("/unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        BACKEND.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void validTokenIsRoutedWithRequestIdAndTraceContext() {
        backendAnswers();
        String token = premiumUser();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> response = send(request("/api/trends?window=7d").GET()
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", "req-123")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\":true}");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-123");
        LoggedRequest routed = BACKEND.findAll(getRequestedFor(urlEqualTo("/api/trends?window=7d"))).getFirst();
        assertThat(routed.getHeader("X-Request-Id")).isEqualTo("req-123");
        assertThat(routed.getHeader("Authorization")).isEqualTo("Bearer " + token);
        assertThat(routed.getHeader("traceparent")).as("same trace, the gateway's span as parent")
                .startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void aRequestWithoutTraceContextStartsATraceTheServiceJoins() {
        backendAnswers();
        send(request("/api/trends").GET().header("Authorization", "Bearer " + premiumUser()));
        String traceparent = BACKEND.findAll(getRequestedFor(urlEqualTo("/api/trends"))).getFirst().getHeader("traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void aRequestIdIsGeneratedWhenAbsentOrInsane() {
        backendAnswers();
        HttpResponse<String> response = send(request("/api/trends").GET()
                .header("Authorization", "Bearer " + premiumUser())
                .header("X-Request-Id", "bad id with spaces and way too long ".repeat(3)));
        String generated = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(generated)).isNotNull();
        assertThat(BACKEND.findAll(getRequestedFor(urlEqualTo("/api/trends"))).getFirst().getHeader("X-Request-Id"))
                .isEqualTo(generated);
    }

    @Test
    void securityHeadersOnEveryResponse() {
        backendAnswers();
        for (HttpResponse<String> response : List.of(fetch("/api/trends", premiumUser()), fetch("/api/trends", null))) {
            assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).startsWith("default-src 'none'"));
        }
    }

    @Test
    void publicRoutesNeedNoToken() {
        backendAnswers();
        assertThat(fetch("/api/products?niche=beauty", null).statusCode()).isEqualTo(200);
        assertThat(fetch("/api/products/" + UUID.randomUUID(), null).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/auth/login").POST(json("{}"))).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/auth/verify-2fa").POST(json("{}"))).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/auth/logout").POST(json("{}"))).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/auth/password-reset/confirm").POST(json("{}"))).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/webhooks/shopify").POST(json("{}"))).statusCode()).isEqualTo(200);
        HttpResponse<String> jwks = fetch("/.well-known/jwks.json", null);
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.body()).contains(TOKENS.current().getKeyID());
    }

    /** Finding 15: an SPA whose access token expired can still refresh it, read the catalog and fetch the JWKS. */
    @Test
    void publicRoutesIgnoreABadTokenAndDoNotForwardIt() {
        backendAnswers();
        String subject = UUID.randomUUID().toString();
        String expired = TestTokens.sign(TOKENS.current(), TOKENS.claims(subject, "premium", List.of())
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(300))).build());
        String wrongIssuer = TestTokens.sign(TOKENS.current(), TOKENS.claims(subject, "premium", List.of()).issuer("evil").build());
        for (String bad : List.of(expired, wrongIssuer, "garbage")) {
            BACKEND.resetRequests();
            assertThat(send(request("/api/auth/refresh").header("Authorization", "Bearer " + bad).POST(json("{}"))).statusCode())
                    .as("refresh with " + bad).isEqualTo(200);
            assertThat(fetch("/api/products", bad).statusCode()).isEqualTo(200);
            HttpResponse<String> jwks = fetch("/.well-known/jwks.json", bad);
            assertThat(jwks.statusCode()).isEqualTo(200);
            assertThat(jwks.body()).contains(TOKENS.current().getKeyID());
            assertThat(BACKEND.findAll(anyRequestedFor(urlPathMatching("/api/.*")))).hasSize(2)
                    .allSatisfy(forwarded -> assertThat(forwarded.containsHeader("Authorization")).isFalse());
            problem(fetch("/api/trends", bad), 401);
            problem(fetch("/api/products/recommended", bad), 401);
        }
        BACKEND.resetRequests();
        HttpResponse<String> malformed = send(request("/api/products").GET().header("Authorization", "Bearer two words"));
        assertThat(malformed.statusCode()).as("a malformed header is no token on a public route").isEqualTo(200);
        assertThat(BACKEND.findAll(getRequestedFor(urlEqualTo("/api/products"))).getFirst().containsHeader("Authorization")).isFalse();
    }

    @Test
    void aValidTokenOnAPublicRouteStillAuthenticatesAndIsForwarded() {
        backendAnswers();
        String basic = TOKENS.issue(UUID.randomUUID().toString(), "basic", "USER");
        HttpResponse<String> response = fetch("/api/products", basic);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("RateLimit-Limit")).as("the basic plan's budget, not the anonymous one")
                .hasValue("3");
        assertThat(BACKEND.findAll(getRequestedFor(urlEqualTo("/api/products"))).getFirst().getHeader("Authorization"))
                .isEqualTo("Bearer " + basic);
    }

    /** Finding 11: the gateway's metrics need the scrape credential; the probes stay open. */
    @Test
    void prometheusNeedsTheScrapeCredential() {
        HttpResponse<String> anonymous = fetch("/actuator/prometheus", null);
        problem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        problem(send(request("/actuator/prometheus").GET().header("Authorization", basicAuth("scraper", "wrong"))), 401);
        problem(fetch("/actuator/prometheus", TOKENS.issue(UUID.randomUUID().toString(), "premium", "ADMIN")), 401);
        HttpResponse<String> scraped = send(request("/actuator/prometheus").GET()
                .header("Authorization", basicAuth("scraper", "scrape-secret-for-tests")));
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(fetch("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    private static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesAndPersonalReadsNextToPublicRoutesStayProtected() {
        backendAnswers();
        problem(send(request("/api/products").POST(json("{}"))), 401);
        problem(fetch("/api/products/recommended", null), 401);
        problem(send(request("/api/auth/admin/signing-keys/rotate").POST(json("{}"))), 401);
        problem(fetch("/api/users/me", null), 401);
    }

    @Test
    void tamperedTokensAre401() throws Exception {
        backendAnswers();
        String subject = UUID.randomUUID().toString();
        JWTClaimsSet good = TOKENS.claims(subject, "premium", List.of("ADMIN")).build();

        String algNone = new PlainJWT(good).serialize();
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TOKENS.current().getKeyID()).build(), good);
        hmac.sign(new MACSigner(TOKENS.current().toPublicJWK().toECPublicKey().getEncoded()));
        String expired = TestTokens.sign(TOKENS.current(), TOKENS.claims(subject, "premium", List.of())
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(300))).build());
        String wrongIssuer = TestTokens.sign(TOKENS.current(), TOKENS.claims(subject, "premium", List.of()).issuer("evil").build());
        String wrongAudience = TestTokens.sign(TOKENS.current(), TOKENS.claims(subject, "premium", List.of()).audience("other-api").build());
        ECKey stranger = TestTokens.newKey();
        String unknownKid = TestTokens.sign(stranger, good);
        String sameKidOtherKey = TestTokens.sign(new ECKey.Builder(stranger).keyID(TOKENS.current().getKeyID()).build(), good);
        String valid = TestTokens.sign(TOKENS.current(), good);
        String[] parts = valid.split("\\.");
        String escalated = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace(subject, UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        for (String forged : List.of(algNone, hmac.serialize(), expired, wrongIssuer, wrongAudience, unknownKid,
                sameKidOtherKey, escalated, "not.a.token", "garbage")) {
            problem(fetch("/api/trends", forged), 401);
        }
        BACKEND.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
        assertThat(fetch("/api/trends", valid).statusCode()).isEqualTo(200);
    }

    @Test
    void malformedOrOtherAuthorizationHeadersAre401() {
        backendAnswers();
        for (String header : List.of("Bearer two words", "Bearer", "Bearer abc=def", "Basic dXNlcjpwYXNz", "Bearerabc")) {
            JsonNode body = problem(send(request("/api/trends").GET().header("Authorization", header)), 401);
            assertThat(body.get("type").asString()).as(header).endsWith("/unauthorized");
        }
        BACKEND.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void rotatedKeysAreFetchedOnUnknownKidAndOldKeysKeepWorking() {
        backendAnswers();
        String oldToken = premiumUser();
        assertThat(fetch("/api/trends", oldToken).statusCode()).isEqualTo(200);
        TOKENS.rotate();
        publishJwks();
        String newToken = premiumUser();
        assertThat(fetch("/api/trends", newToken).statusCode()).isEqualTo(200);
        assertThat(fetch("/api/trends", oldToken).statusCode()).isEqualTo(200);
    }

    @Test
    void adminRoutesNeedTheAdminRole() {
        String user = TOKENS.issue(UUID.randomUUID().toString(), "premium", "USER");
        String admin = TOKENS.issue(UUID.randomUUID().toString(), "premium", "ADMIN");
        problem(fetch("/actuator/gateway/routes", user), 403);
        problem(fetch("/actuator/gateway/routes", null), 401);
        HttpResponse<String> metrics = fetch("/actuator/metrics", admin);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("\"names\"");
        assertThat(fetch("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownRouteIs404Problem() {
        JsonNode body = problem(fetch("/api/no-such-thing", premiumUser()), 404);
        assertThat(body.get("instance").asString()).isEqualTo("/api/no-such-thing");
    }

    private static java.net.http.HttpRequest.BodyPublisher json(String body) {
        return java.net.http.HttpRequest.BodyPublishers.ofString(body);
    }
}
