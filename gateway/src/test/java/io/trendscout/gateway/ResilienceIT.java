package io.trendscout.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** Circuit breakers, timeouts and retries per route, each failure a problem detail. */
class ResilienceIT extends GatewayTestSupport {

    @Test
    void backendDownIsAFast503Problem() {
        long start = System.nanoTime();
        HttpResponse<String> response = fetch("/api/analytics/overview", premiumUser());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        JsonNode body = problem(response, 503);
        assertThat(body.get("service").asString()).isEqualTo("analytics");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void manyConcurrentRequestsToOneRouteAreAllProxied() throws Exception {
        BACKEND.stubFor(any(urlPathEqualTo("/api/trends/busy")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(300).withHeader("Content-Type", "application/json").withBody("{}")));
        String token = premiumUser();
        List<Integer> statuses;
        try (ExecutorService clients = Executors.newFixedThreadPool(40)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(clients.submit(() -> fetch("/api/trends/busy", token).statusCode()));
            }
            statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        }
        assertThat(statuses).hasSize(40).containsOnly(200);
    }

    @Test
    void slowBackendIsATimeoutProblem() {
        BACKEND.stubFor(any(urlPathEqualTo("/api/generate/seo")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(4000).withBody("{}")));
        long start = System.nanoTime();
        HttpResponse<String> response = send(request("/api/generate/seo").header("Authorization", "Bearer " + premiumUser())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        JsonNode body = problem(response, 504);
        assertThat(body.get("service").asString()).isEqualTo("ai-generator");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void getIsRetriedButPostIsNot() {
        BACKEND.stubFor(any(urlPathMatching("/api/collections.*")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":503,\"title\":\"down\"}")));
        HttpResponse<String> get = fetch("/api/collections", premiumUser());
        assertThat(get.statusCode()).isEqualTo(503);
        assertThat(BACKEND.findAll(getRequestedFor(urlPathEqualTo("/api/collections")))).hasSize(3);

        HttpResponse<String> post = send(request("/api/collections").header("Authorization", "Bearer " + premiumUser())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));
        assertThat(post.statusCode()).isEqualTo(503);
        assertThat(BACKEND.findAll(postRequestedFor(urlPathEqualTo("/api/collections")))).hasSize(1);
    }

    @Test
    void postIsNotRetriedOnAConnectionFailureEither() {
        BACKEND.stubFor(any(urlPathEqualTo("/api/sync/run")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        HttpResponse<String> post = send(request("/api/sync/run").header("Authorization", "Bearer " + premiumUser())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        problem(post, 503);
        assertThat(BACKEND.findAll(postRequestedFor(urlPathEqualTo("/api/sync/run")))).hasSize(1);
    }

    @Test
    void anOpenBreakerAnswersWithoutCallingTheService() {
        BACKEND.stubFor(any(urlPathMatching("/api/mediakit.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int i = 0; i < 6; i++) {
            problem(send(request("/api/mediakit/failing").header("Authorization", "Bearer " + premiumUser())
                    .POST(HttpRequest.BodyPublishers.noBody())), 503);
        }
        int calls = BACKEND.findAll(anyRequestedFor(urlPathMatching("/api/mediakit.*"))).size();
        assertThat(calls).isLessThanOrEqualTo(4);
        long start = System.nanoTime();
        JsonNode body = problem(fetch("/api/mediakit/me", premiumUser()), 503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(body.get("service").asString()).isEqualTo("tiktok");
        assertThat(BACKEND.findAll(anyRequestedFor(urlPathMatching("/api/mediakit.*")))).hasSize(calls);
    }
}
