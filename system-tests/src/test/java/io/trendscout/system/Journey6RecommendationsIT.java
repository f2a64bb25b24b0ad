package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 6 through the gateway: a new user gets recommendations for their niche (cold start, trending there); after
 * saving products those leave the list and the list explains itself by the saved products. A user who set a niche in
 * their profile gets recommendations in it without asking for the niche.
 */
class Journey6RecommendationsIT {

    @Test
    void coldStartByNicheThenPersonalizedAfterSaves() {
        RunningPlatform.get();
        Gateway me = Accounts.signUp().gateway();

        // the recommendation-service reads the catalog from the product-service and trains in the background
        JsonNode coldStart = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .until(() -> me.get("/api/products/recommended?niche=fitness&limit=10").json(),
                        body -> body.path("items").size() == 10);
        assertThat(coldStart.path("modelVersion").asLong()).isPositive();
        assertThat(coldStart.path("coldStart").asBoolean()).isTrue();
        coldStart.path("items").forEach(item -> {
            assertThat(item.path("niche").asString()).isEqualTo("fitness");
            assertThat(item.path("reason").asString()).isEqualTo("trending in fitness");
        });

        // niches set in the profile reach the recommendation-service as UserPreferencesChanged: no ?niche= needed
        Gateway profiled = Accounts.signUp().gateway();
        assertThat(profiled.put("/api/users/me", Map.of("preferences", Map.of("primaryNiche", "fitness"))).status())
                .isEqualTo(200);
        JsonNode byProfile = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> profiled.get("/api/recommendations/products?limit=2").json(), body -> body.path("items")
                        .valueStream().filter(i -> i.path("niche").asString().equals("fitness")).count() == 2);
        assertThat(byProfile.path("coldStart").asBoolean()).isTrue();
        byProfile.path("items").forEach(item -> assertThat(item.path("reason").asString()).isEqualTo("trending in fitness"));

        Gateway.Response badLimit = me.get("/api/recommendations/products?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.contentType()).startsWith("application/problem+json");

        String first = coldStart.path("items").path(0).path("productId").asString();
        String second = coldStart.path("items").path(1).path("productId").asString();
        String firstName = coldStart.path("items").path(0).path("name").asString();
        String secondName = coldStart.path("items").path(1).path("name").asString();
        assertThat(me.post("/api/products/" + first + "/save", null).status()).isEqualTo(204);
        assertThat(me.post("/api/products/" + second + "/save", null).status()).isEqualTo(204);

        JsonNode personalized = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .until(() -> me.get("/api/recommendations/products?limit=10").json(),
                        body -> !body.path("coldStart").asBoolean(true));
        List<String> ids = personalized.path("items").valueStream().map(i -> i.path("productId").asString()).toList();
        assertThat(ids).hasSize(10).doesNotContain(first, second);
        assertThat(personalized.path("items").valueStream().map(i -> i.path("reason").asString()))
                .anySatisfy(reason -> assertThat(reason).matches(
                        "similar to (\\Q" + firstName + "\\E|\\Q" + secondName + "\\E) you saved"));

        Gateway.Response similar = me.get("/api/recommendations/products/" + first + "/similar?limit=5");
        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.json().path("items").size()).isEqualTo(5);
        Gateway.Response unknown = me.get("/api/recommendations/products/00000000-0000-0000-0000-000000000000/similar");
        assertThat(unknown.status()).isEqualTo(404);
    }
}
