package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The platform as a whole: every service reachable through the gateway, failing fast when one is down. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformRoutingIT {

    /** One protected path per service, each answered by the service behind the gateway. */
    private static final List<String> ONE_PATH_PER_SERVICE = List.of(
            "/api/users/me", "/api/collections", "/api/trends", "/api/recommendations/products",
            "/api/analytics/dashboard", "/api/connections", "/api/generate/history");

    private static Gateway merchant;

    private static Gateway merchant() {
        if (merchant == null) {
            merchant = Accounts.signUp("routing", "merchant").gateway();
        }
        return merchant;
    }

    @Test
    @Order(1)
    void everyServiceIsRoutedAndReady() {
        for (String path : ONE_PATH_PER_SERVICE) {
            Gateway.Response response = merchant().get(path);
            assertThat(response.status()).as(path + " -> " + response).isEqualTo(200);
            assertThat(response.contentType()).as(path).startsWith("application/json");
        }
        Gateway.Response tiktok = merchant().get("/api/tiktok/account");
        assertThat(tiktok.status()).as(tiktok.toString()).isIn(200, 404);
        assertThat(tiktok.json().path("type").asString()).doesNotContain("service-unavailable");
        assertThat(Gateway.anonymous().get("/api/trends").status()).isEqualTo(401);
    }

    @Test
    @Order(100)
    void aStoppedServiceGetsA503ProblemFast() {
        RunningPlatform.get().stopService("analytics");
        Gateway.Response response;
        try {
            response = merchant().get("/api/analytics/dashboard");
        } finally {
            RunningPlatform.get().restartService("analytics", Duration.ofSeconds(180));
        }
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("service").asString()).isEqualTo("analytics");
        assertThat(response.retryAfter()).isNotNull();
        assertThat(response.took()).isLessThan(Duration.ofSeconds(3));
    }
}
