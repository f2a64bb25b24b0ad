package io.trendscout.gateway;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Rate limits, CORS and the body size limit (tiny limits from the test profile). */
class EdgeLimitsIT extends GatewayTestSupport {

    private void backendAnswers() {
        BACKEND.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
    }

    @Test
    void basicPlanGets429WithRetryAfterOnceItsBurstIsUsed() {
        backendAnswers();
        String basic = TOKENS.issue(UUID.randomUUID().toString(), "basic", "USER");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> ok = fetch("/api/trends", basic);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("RateLimit-Remaining")).hasValue(String.valueOf(2 - i));
        }
        HttpResponse<String> limited = fetch("/api/trends", basic);
        JsonNode body = problem(limited, 429);
        assertThat(body.get("type").asString()).endsWith("/rate-limited");
        assertThat(body.get("plan").asString()).isEqualTo("basic");
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 20L);
        assertThat(BACKEND.findAll(anyRequestedFor(urlPathEqualTo("/api/trends")))).hasSize(3);

        String otherUser = TOKENS.issue(UUID.randomUUID().toString(), "basic", "USER");
        assertThat(fetch("/api/trends", otherUser).statusCode()).as("budgets are per user").isEqualTo(200);
        String premiumSameUser = premiumUser();
        assertThat(fetch("/api/trends", premiumSameUser).statusCode()).isEqualTo(200);
    }

    @Test
    void preflightFromTheSpaOriginIsAllowed() {
        HttpResponse<String> response = send(request("/api/trends").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
        assertThat(response.statusCode()).isBetween(200, 204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(v -> assertThat(v).contains("POST"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void corsResponsesExposeTheRequestId() {
        backendAnswers();
        HttpResponse<String> response = send(request("/api/trends").GET()
                .header("Origin", "https://app.example.com").header("Authorization", "Bearer " + premiumUser()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(v -> assertThat(v).contains("X-Request-Id"));
    }

    @Test
    void otherOriginsAreRejected() {
        backendAnswers();
        HttpResponse<String> preflight = send(request("/api/trends").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example.org")
                .header("Access-Control-Request-Method", "GET"));
        problem(preflight, 403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> simple = send(request("/api/trends").GET()
                .header("Origin", "https://evil.example.org").header("Authorization", "Bearer " + premiumUser()));
        problem(simple, 403);
        BACKEND.verify(0, anyRequestedFor(urlPathEqualTo("/api/trends")));
    }

    @Test
    void oversizedBodyIs413ProblemAndNeverForwarded() {
        backendAnswers();
        byte[] big = new byte[100 * 1024];
        HttpResponse<String> declared = send(request("/api/content-ideas").header("Authorization", "Bearer " + premiumUser())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        JsonNode body = problem(declared, 413);
        assertThat(body.get("maxBytes").asLong()).isEqualTo(64 * 1024);

        HttpResponse<String> chunked = send(request("/api/content-ideas").header("Authorization", "Bearer " + premiumUser())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        problem(chunked, 413);
        BACKEND.verify(0, postRequestedFor(urlPathEqualTo("/api/content-ideas")));
    }

    @Test
    void bodiesWithinTheLimitAreForwardedWhole() {
        backendAnswers();
        String json = "{\"text\":\"" + "x".repeat(30_000) + "\"}";
        HttpResponse<String> chunked = send(request("/api/content-ideas").header("Authorization", "Bearer " + premiumUser())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json.getBytes()))));
        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(BACKEND.findAll(postRequestedFor(urlPathEqualTo("/api/content-ideas"))).getFirst().getBodyAsString())
                .isEqualTo(json);
    }

    /** Finding 10: what Netty and the firewall refuse is a problem document too. */
    @Test
    void aTooLongRequestLineIs414Problem() {
        backendAnswers();
        HttpResponse<String> response = fetch("/api/products?q=" + "x".repeat(10_000), null);
        JsonNode body = problem(response, 414);
        assertThat(body.get("type").asString()).endsWith("/uri-too-long");
        BACKEND.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void anEncodedSlashIs400Problem() {
        backendAnswers();
        HttpResponse<String> response = fetch("/api/products/a%2Fb", premiumUser());
        JsonNode body = problem(response, 400);
        assertThat(body.get("detail").asString()).isNotBlank();
        BACKEND.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void servicesLearnTheCallersAddressFromTheGatewayNotFromTheCaller() {
        backendAnswers();
        HttpResponse<String> response = send(request("/api/trends").header("Authorization", "Bearer " + premiumUser())
                .header("X-Forwarded-For", "203.0.113.7").header("Forwarded", "for=203.0.113.8").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        var forwarded = BACKEND.findAll(anyRequestedFor(urlPathEqualTo("/api/trends"))).getLast();
        assertThat(forwarded.getHeader("X-Forwarded-For")).as("where the gateway was called from")
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(forwarded.containsHeader("Forwarded")).isFalse();
    }
}
