package io.trendscout.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** Finding 6: a revoked session's access token stops working at the gateway within a second. */
class SessionRevocationIT extends GatewayTestSupport {

    private void backendAnswers() {
        BACKEND.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
    }

    @Test
    void aSessionRevokedBeforeTheGatewayStartedIsRefusedToo() throws Exception {
        backendAnswers();
        String token = TOKENS.issueInSession(UUID.randomUUID().toString(), REVOKED_BEFORE_START);
        HttpResponse<String> response = fetch("/api/trends", token);
        for (int i = 0; i < 100 && response.statusCode() == 200; i++) { // the consumer's first assignment
            Thread.sleep(50);
            response = fetch("/api/trends", token);
        }
        problem(response, 401);
    }

    @Test
    void aRevokedSessionsTokenIsRefusedWithinASecondThoughItWasVerifiedBefore() throws Exception {
        backendAnswers();
        String user = UUID.randomUUID().toString();
        String session = UUID.randomUUID().toString();
        String token = TOKENS.issueInSession(user, session);
        assertThat(fetch("/api/trends", token).statusCode()).as("verified and remembered").isEqualTo(200);

        publishRevocation(session);
        long published = System.nanoTime();
        HttpResponse<String> response = fetch("/api/trends", token);
        while (response.statusCode() == 200 && System.nanoTime() - published < Duration.ofSeconds(3).toNanos()) {
            Thread.sleep(20);
            response = fetch("/api/trends", token);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Duration.ofSeconds(1));
        assertThat(problem(response, 401).get("type").asString()).endsWith("/unauthorized");

        assertThat(fetch("/api/trends", TOKENS.issueInSession(user, UUID.randomUUID().toString())).statusCode())
                .as("the user's other sessions keep working").isEqualTo(200);

        BACKEND.resetRequests();
        assertThat(fetch("/api/products", token).statusCode()).as("a public route serves it anonymously").isEqualTo(200);
        assertThat(BACKEND.findAll(getRequestedFor(urlPathEqualTo("/api/products"))).getFirst().containsHeader("Authorization"))
                .as("the revoked token is not forwarded").isFalse();
    }
}
