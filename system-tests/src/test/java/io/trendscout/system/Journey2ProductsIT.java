package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Journey 2 through the gateway: browse and search the catalog with filters, save products, build a collection. */
class Journey2ProductsIT {

    @Test
    void browseSearchSaveAndCollect() {
        Gateway anonymous = Gateway.anonymous();

        Gateway.Response fitness = anonymous.get("/api/products?niche=fitness&currency=EUR&sort=price&limit=5");
        assertThat(fitness.status()).as(fitness.toString()).isEqualTo(200);
        JsonNode firstPage = fitness.json();
        assertThat(firstPage.path("items").size()).isEqualTo(5);
        assertThat(firstPage.path("totalCount").asLong()).isGreaterThan(5);
        List<BigDecimal> prices = new ArrayList<>();
        firstPage.path("items").forEach(item -> {
            assertThat(item.path("primaryNiche").asString()).isEqualTo("fitness");
            prices.add(item.path("price").path("recommendedRetail").decimalValue());
        });
        assertThat(prices).isSorted();
        JsonNode secondPage = anonymous.get("/api/products?niche=fitness&currency=EUR&sort=price&limit=5&cursor="
                + firstPage.path("nextCursor").asString()).json();
        assertThat(secondPage.path("items").path(0).path("price").path("recommendedRetail").decimalValue())
                .isGreaterThanOrEqualTo(prices.getLast());

        JsonNode yoga = anonymous.get("/api/products?q=yoga%20matt&minTrendScore=0").json();
        assertThat(yoga.path("items").path(0).path("name").asString()).containsIgnoringCase("yoga mat");
        String productId = yoga.path("items").path(0).path("id").asString();
        assertThat(anonymous.get("/api/products/" + productId).json().path("trendData").has("trendScore")).isTrue();
        assertThat(anonymous.get("/api/products/trending?limit=3").json().size()).isEqualTo(3);

        Gateway.Response badFilter = anonymous.get("/api/products?minPrice=-5");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.contentType()).startsWith("application/problem+json");

        Accounts.Account shopper = Accounts.signUp();
        Gateway me = shopper.gateway();
        assertThat(me.post("/api/products/" + productId + "/save", null).status()).isEqualTo(204);
        assertThat(me.get("/api/products/saved").json().path("items").path(0).path("id").asString()).isEqualTo(productId);

        String secondId = firstPage.path("items").path(0).path("id").asString();
        Gateway.Response created = me.post("/api/collections",
                Map.of("name", "Gym launch", "isPublic", false, "productIds", List.of(productId)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String collectionId = created.json().path("id").asString();
        JsonNode collection = me.post("/api/collections/" + collectionId + "/products", Map.of("productId", secondId)).json();
        assertThat(collection.path("products").size()).isEqualTo(2);
        assertThat(me.get("/api/collections").json().toString()).contains(collectionId);

        Gateway other = Accounts.signUp().gateway();
        Gateway.Response foreign = other.get("/api/collections/" + collectionId);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        me.put("/api/collections/" + collectionId, Map.of("name", "Gym launch", "isPublic", true));
        assertThat(other.get("/api/collections/" + collectionId).json().path("products").size()).isEqualTo(2);
    }
}
