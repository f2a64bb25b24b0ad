package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 9 through the gateway: a user who viewed and saved catalog products sees exactly those
 * numbers on the analytics dashboard (product-service → ProductInteracted → analytics-service).
 */
class Journey9AnalyticsIT {

    @Test
    void dashboardShowsTheUsersViewsAndSaves() {
        JsonNode items = Gateway.anonymous().get("/api/products?niche=fitness&limit=3").json().path("items");
        assertThat(items.size()).isEqualTo(3);
        String first = items.path(0).path("id").asString();
        String second = items.path(1).path("id").asString();

        Accounts.Account shopper = Accounts.signUp();
        Gateway me = shopper.gateway();
        Gateway.Response empty = me.get("/api/analytics/dashboard");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
        assertThat(empty.json().path("kpis").path("views").path("current").asLong()).isZero();

        for (String id : new String[] {first, first, second}) {
            assertThat(me.get("/api/products/" + id).status()).isEqualTo(200);
        }
        assertThat(me.post("/api/products/" + first + "/save", null).status()).isEqualTo(204);
        assertThat(me.post("/api/products/" + second + "/save", null).status()).isEqualTo(204);

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode kpis = me.get("/api/analytics/dashboard").json().path("kpis");
            assertThat(kpis.path("views").path("current").asLong()).isEqualTo(3);
            assertThat(kpis.path("saves").path("current").asLong()).isEqualTo(2);
        });
        JsonNode dashboard = me.get("/api/analytics/dashboard").json();
        assertThat(dashboard.path("topProducts").path(0).path("productId").asString()).isEqualTo(first);
        assertThat(dashboard.path("topProducts").path(0).path("views").asLong()).isEqualTo(2);
        assertThat(dashboard.path("topProducts").path(1).path("productId").asString()).isEqualTo(second);

        JsonNode activity = me.get("/api/analytics/user?granularity=month").json();
        assertThat(activity.path("totals").path("views").asLong()).isEqualTo(3);
        assertThat(activity.path("totals").path("saves").asLong()).isEqualTo(2);

        JsonNode products = me.get("/api/analytics/products").json().path("products");
        assertThat(products.size()).isEqualTo(2);
        assertThat(products.path(0).path("saveRate").asDouble()).isEqualTo(0.5);

        Gateway.Response bad = me.get("/api/analytics/dashboard?tz=Not/AZone");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");

        Gateway.Response stranger = Accounts.signUp().gateway().get("/api/analytics/user");
        assertThat(stranger.json().path("totals").path("views").asLong()).isZero();
    }
}
