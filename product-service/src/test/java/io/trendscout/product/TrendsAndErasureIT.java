package io.trendscout.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.platform.events.contracts.TrendDetected;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.product.catalog.Products;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** TrendDetected keeps trend data on matching products current; UserErased removes everything of a user. */
@PlatformIntegrationTest
class TrendsAndErasureIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Products products;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDetectedTrendUpdatesProductsMatchedByHashtagOrName() {
        CatalogFixtures f = new CatalogFixtures(products, jdbc);
        String hashtag = "glowhack" + UUID.randomUUID().toString().substring(0, 6);
        UUID tagged = f.product("Ice Face Roller", "", "beauty", List.of(hashtag), "9.99", "EUR", 10, "low", "stable",
                Instant.now());
        String word = "Zylophant" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "q");
        UUID named = f.product(word + " Water Bottle Pro", "", "fitness", List.of(), "19.99", "EUR", 10, "low", "stable",
                Instant.now());
        UUID unrelated = f.product("Unrelated Thing", "", "fitness", List.of(), "5.00", "EUR", 10, "low", "stable",
                Instant.now());
        Instant first = Instant.parse("2026-02-01T00:00:00Z");
        Instant peak = Instant.parse("2026-04-01T00:00:00Z");

        Kafka.publish(new TrendDetected(UUID.randomUUID(), "hashtag", "#" + hashtag, "beauty", "DE", 88, "HIGH", "rising",
                "emerging", List.of("#SkinCare", hashtag), first, peak));
        Kafka.publish(new TrendDetected(UUID.randomUUID(), "product", word + " Water Bottle", "fitness", "DE", 64, "medium",
                "stable", "peaking", List.of("hydration"), first, peak));

        Http http = Http.anonymous(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/products/" + tagged).json()
                .path("trendData").path("trendScore").asInt() == 88);
        JsonNode trend = http.get("/api/products/" + tagged).json().path("trendData");
        assertThat(trend.path("trendLevel").asString()).isEqualTo("high");
        assertThat(trend.path("trendDirection").asString()).isEqualTo("rising");
        assertThat(trend.path("peakDate").asString()).startsWith("2026-04-01");
        assertThat(trend.path("relatedHashtags").toString()).contains("skincare", hashtag);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/products/" + named).json()
                .path("trendData").path("trendScore").asInt() == 64);
        assertThat(http.get("/api/products/" + unrelated).json().path("trendData").path("trendScore").asInt()).isEqualTo(10);
    }

    @Test
    void anErasedUserLosesSavedProductsCollectionsAndMerchantProducts() {
        UUID user = UUID.randomUUID();
        Http asUser = Http.anonymous(port).as(user, "USER", "MERCHANT");
        UUID product = new CatalogFixtures(products, jdbc).product("Posture Corrector", "health");
        asUser.post("/api/products/" + product + "/save", null);
        asUser.post("/api/collections", Map.of("name", "Mine", "productIds", List.of(product)));
        String own = asUser.post("/api/products/merchant", Map.of("name", "Own product",
                "price", Map.of("recommendedRetail", 5, "currency", "EUR"))).json().path("id").asString();
        UUID bystander = UUID.randomUUID();
        Http.anonymous(port).as(bystander).post("/api/products/" + product + "/save", null);

        Kafka.publish(new UserErased(user, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("product_collection where owner_id = ?", user) == 0
                && count("saved_product where user_id = ?", user) == 0 && count("product where merchant_id = ?", user) == 0);
        assertThat(count("saved_product where user_id = ?", bystander)).isEqualTo(1);
        assertThat(Http.anonymous(port).get("/api/products/" + product).status()).isEqualTo(200);
        // Services keeping anything of the merchant's products (analytics' aggregates) are told to delete it.
        assertThat(Kafka.readUntil("product.product-removed.v1", v -> v.contains(own) && v.contains("MERCHANT_ERASED"),
                Duration.ofSeconds(30))).anyMatch(v -> v.contains(own) && v.contains("MERCHANT_ERASED"));

        // Shop data of the erased merchant still on its way (shop-sync's outbox, a redelivery) brings nothing back,
        // whether it arrives in a batch or alone; another merchant's data in the same poll is applied.
        UUID other = UUID.randomUUID();
        UUID late = Kafka.publish(synced(user, "late-1"));
        UUID alsoLate = Kafka.publish(synced(user, "late-2"));
        UUID others = Kafka.publish(synced(other, "other-1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("product where merchant_id = ?", other) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where event_id in (?, ?, ?)", Integer.class, late, alsoLate, others) == 3);
        assertThat(count("product where merchant_id = ?", user)).isZero();
        assertThat(count("erased_users where user_id = ?", user)).isEqualTo(1);
    }

    private static ProductSynced synced(UUID merchant, String externalId) {
        return new ProductSynced(merchant, UUID.randomUUID(), "shopify", externalId, "SKU-" + externalId, "Lamp " + externalId,
                "A lamp", List.of(), new BigDecimal("19.90"), "EUR", 3, "active", null, false, Instant.now());
    }

    private int count(String fromWhere, UUID id) {
        return jdbc.queryForObject("select count(*) from " + fromWhere, Integer.class, id);
    }
}
