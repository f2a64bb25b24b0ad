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
import io.trendscout.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Merchant products by hand (role MERCHANT) and from ProductSynced events: upsert, last writer wins, deletions, DLT. */
@PlatformIntegrationTest
class MerchantProductsIT {

    private static final String TOPIC = "shop-sync.product-synced.v1";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    UUID merchant;
    Http asMerchant;
    Http anonymous;

    @BeforeEach
    void setUp() {
        anonymous = Http.anonymous(port);
        merchant = UUID.randomUUID();
        asMerchant = anonymous.as(merchant, "MERCHANT");
    }

    @Test
    void aMerchantManagesOwnProductsWithListingsPerChannel() {
        Http.Response created = asMerchant.post("/api/products/merchant",
                published(product("Bamboo Toothbrush Set", "4.99")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("price").path("recommendedRetail").decimalValue()).isEqualByComparingTo("4.99");

        JsonNode listed = asMerchant.put("/api/products/merchant/" + id + "/listings/amazon",
                Map.of("sku", "BT-1", "stock", 12, "price", new BigDecimal("5.49"), "currency", "EUR")).json();
        assertThat(listed.path("listings").path(0).path("channel").asString()).isEqualTo("amazon");
        assertThat(listed.path("listings").path(0).path("stock").asInt()).isEqualTo(12);
        assertThat(anonymous.get("/api/products?q=bamboo%20toothbrush&channel=amazon").json().findValuesAsString("id"))
                .contains(id);
        assertThat(anonymous.get("/api/products/" + id).json().path("channels").path(0).path("channel").asString())
                .isEqualTo("amazon");

        JsonNode updated = asMerchant.put("/api/products/merchant/" + id, product("Bamboo Toothbrush Family Set", "7.99")).json();
        assertThat(updated.path("name").asString()).isEqualTo("Bamboo Toothbrush Family Set");
        assertThat(asMerchant.get("/api/products/merchant").json().findValuesAsString("id")).contains(id);

        UUID otherMerchant = UUID.randomUUID();
        Http asOther = anonymous.as(otherMerchant, "MERCHANT");
        assertThat(asMerchant.get("/api/products/" + id).json().path("price").path("cost").decimalValue())
                .as("the merchant sees their purchase cost").isEqualByComparingTo("1.20");
        for (Http viewer : List.of(anonymous, asOther)) {
            JsonNode publicView = viewer.get("/api/products/" + id).json();
            assertThat(publicView.path("price").path("cost").isNull()).as("cost hidden from others: " + publicView).isTrue();
            assertThat(publicView.path("price").path("recommendedRetail").decimalValue()).isEqualByComparingTo("7.99");
            JsonNode listedItem = null;
            for (JsonNode item : viewer.get("/api/products?q=bamboo%20toothbrush").json().path("items")) {
                listedItem = item.path("id").asString().equals(id) ? item : listedItem;
            }
            assertThat(listedItem).as("listed publicly").isNotNull();
            assertThat(listedItem.path("price").path("cost").isNull()).as("cost hidden in lists: " + listedItem).isTrue();
        }
        assertThat(asOther.get("/api/products/merchant/" + id).status()).isEqualTo(404);
        assertThat(asOther.put("/api/products/merchant/" + id, product("Stolen", "1.00")).status()).isEqualTo(404);
        assertThat(asOther.delete("/api/products/merchant/" + id).status()).isEqualTo(404);

        assertThat(asMerchant.delete("/api/products/merchant/" + id + "/listings/amazon").status()).isEqualTo(204);
        assertThat(asMerchant.delete("/api/products/merchant/" + id).status()).isEqualTo(204);
        assertThat(anonymous.get("/api/products/" + id).status()).isEqualTo(404);
        assertThat(Kafka.readUntil("product.product-removed.v1", v -> v.contains(id) && v.contains("DELETED"),
                Duration.ofSeconds(30)))
                .anyMatch(v -> v.contains(id) && v.contains("\"DELETED\"") && v.contains(merchant.toString()));
    }

    @Test
    void merchantEndpointsNeedTheMerchantRoleAndValidInput() {
        Http.Response asUser = anonymous.as(UUID.randomUUID(), "USER").get("/api/products/merchant");
        assertThat(asUser.status()).isEqualTo(403);
        assertThat(asUser.isProblem()).isTrue();
        assertThat(anonymous.get("/api/products/merchant").status()).isEqualTo(401);

        Http.Response negative = asMerchant.post("/api/products/merchant", product("Cheap", "-1"));
        assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
        assertThat(negative.json().path("errors").path(0).path("field").asString()).isEqualTo("price.recommendedRetail");
        Map<String, Object> badCurrency = Map.of("name", "X", "price", Map.of("recommendedRetail", 1, "currency", "QQQ"));
        assertThat(asMerchant.post("/api/products/merchant", badCurrency).status()).isEqualTo(400);
        String id = asMerchant.post("/api/products/merchant", product("Lint Roller", "3.00")).json().path("id").asString();
        assertThat(asMerchant.put("/api/products/merchant/" + id + "/listings/ebay",
                Map.of("stock", 1, "price", 1, "currency", "EUR")).status()).isEqualTo(400);
        assertThat(asMerchant.put("/api/products/merchant/" + id + "/listings/shopify",
                Map.of("stock", -1, "price", 1, "currency", "EUR")).status()).isEqualTo(400);
    }

    @Test
    void syncedProductsAreUpsertedIdempotentlyAndTheNewestSourceVersionWins() {
        String external = "gid://shopify/Product/" + UUID.randomUUID();
        Instant t1 = Instant.parse("2026-03-01T10:00:00Z");
        UUID first = Kafka.publish(synced(external, "Galaxy Projector", "29.90", 5, t1, false));
        String id = awaitProduct(external);
        assertThat(asMerchant.get("/api/products/" + id).json().path("channels").path(0).path("channel").asString())
                .isEqualTo("shopify");

        Kafka.publish(first, synced(external, "Galaxy Projector", "29.90", 5, t1, false));
        UUID newer = Kafka.publish(synced(external, "Galaxy Projector v2", "34.90", 3, t1.plusSeconds(60), false));
        UUID older = Kafka.publish(synced(external, "Galaxy Projector OLD", "19.90", 9, t1.minusSeconds(60), false));
        UUID sameTime = Kafka.publish(synced(external, "Galaxy Projector SAME TIME", "1.00", 1, t1.plusSeconds(60), false));
        awaitHandled(newer, older, sameTime);

        JsonNode product = asMerchant.get("/api/products/merchant/" + id).json();
        assertThat(product.path("name").asString()).isEqualTo("Galaxy Projector v2");
        assertThat(product.path("price").path("recommendedRetail").decimalValue()).isEqualByComparingTo("34.90");
        assertThat(product.path("listings").path(0).path("stock").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from product_listing where external_id = ?", Integer.class, external))
                .isEqualTo(1);
    }

    @Test
    void aDeletionArchivesTheProductAndAnOlderVersionDoesNotResurrectIt() {
        String external = "amzn-" + UUID.randomUUID();
        Instant t1 = Instant.parse("2026-03-01T10:00:00Z");
        Kafka.publish(synced(external, "Neck Massager", "49.00", 2, t1, false));
        String id = awaitProduct(external);
        assertThat(asMerchant.get("/api/products/" + id).status()).isEqualTo(200);
        Kafka.publish(synced(external, null, null, null, t1.plusSeconds(120), true));
        await().atMost(Duration.ofSeconds(30)).until(() -> asMerchant.get("/api/products/" + id).status() == 404);
        awaitHandled(Kafka.publish(synced(external, "Neck Massager", "49.00", 2, t1.plusSeconds(60), false)));
        assertThat(asMerchant.get("/api/products/" + id).status()).isEqualTo(404);
        assertThat(asMerchant.get("/api/products/merchant/" + id).json().path("status").asString()).isEqualTo("ARCHIVED");
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicAndTheNextEventIsStillApplied() {
        String poison = "{\"this is\": \"not an envelope\", \"nonce\": \"" + UUID.randomUUID() + "\"}";
        Kafka.send(TOPIC, "poison", poison);
        String unknownChannel = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"ProductSynced\",\"payload\":{\"merchantId\":\""
                + merchant + "\",\"channel\":\"ebay\",\"externalId\":\"e-" + UUID.randomUUID()
                + "\",\"title\":\"x\",\"price\":1,\"currency\":\"EUR\",\"deleted\":false,\"sourceUpdatedAt\":\"2026-01-01T00:00:00Z\"}}";
        Kafka.send(TOPIC, "poison2", unknownChannel);
        String good = "kaufland-" + UUID.randomUUID();
        Kafka.publish(synced(good, "Heatless Curling Ribbon", "12.00", 40, Instant.now(), false));
        awaitProduct(good);
        List<String> dead = Kafka.readUntil(TOPIC + ".DLT", v -> v.equals(unknownChannel), Duration.ofSeconds(30));
        assertThat(dead).contains(poison, unknownChannel);
    }

    @Test
    void aPollOfManyEventsEndsAsIfTheyWereAppliedOneByOne() {
        Instant t1 = Instant.parse("2026-04-01T10:00:00Z");
        List<Map.Entry<String, String>> records = new java.util.ArrayList<>();
        java.util.function.Consumer<ProductSynced> add = p -> records.add(
                Map.entry(p.subject(), Kafka.envelope(UUID.randomUUID(), p)));
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 20; i++) {
            add.accept(synced("batch-" + run + "-" + i, "Batch Lamp " + i, "10.00", 1, t1, false));
        }
        ProductSynced first = synced("batch-" + run + "-0", "Batch Lamp 0", "10.00", 1, t1, false);
        String redelivered = Kafka.envelope(UUID.randomUUID(), first);
        records.add(Map.entry(first.subject(), redelivered));
        records.add(Map.entry(first.subject(), redelivered));
        String gtin = "4006381333931";
        add.accept(withGtin(synced("amzn-" + run, "Moon Lamp", "20.00", 3, t1, false), gtin));
        add.accept(withGtin(synced("kaufland-" + run, "Mondlampe", "21.00", 4, t1, false), gtin));
        String multi = "multi-" + run;
        add.accept(synced(multi, "Cloud Diffuser", "30.00", 5, t1, false));
        add.accept(synced(multi, "Cloud Diffuser v2", "31.00", 6, t1.plusSeconds(60), false));
        add.accept(synced(multi, "Cloud Diffuser OLD", "1.00", 7, t1.minusSeconds(60), false));
        String gone = "gone-" + run;
        add.accept(synced(gone, "Ice Roller", "9.00", 1, t1, false));
        add.accept(synced(gone, null, null, null, t1.plusSeconds(10), true));
        String poison = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"ProductSynced\",\"payload\":{\"merchantId\":\""
                + merchant + "\",\"channel\":\"shopify\",\"externalId\":\"p-" + run
                + "\",\"title\":\"x\",\"price\":-1,\"currency\":\"EUR\",\"deleted\":false,\"sourceUpdatedAt\":\"2026-01-01T00:00:00Z\"}}";
        records.add(Map.entry("shopify:batch-" + run + "-5", poison));
        for (int i = 20; i < 25; i++) {
            add.accept(synced("batch-" + run + "-" + i, "Batch Lamp " + i, "10.00", 1, t1, false));
        }
        Kafka.sendAll(TOPIC, records);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from product_listing where merchant_id = ?", Integer.class, merchant) == 25 + 2 + 1 + 1);
        String lamp0 = awaitProduct("batch-" + run + "-0");
        assertThat(asMerchant.get("/api/products/merchant/" + lamp0).json().path("name").asString()).isEqualTo("Batch Lamp 0");
        assertThat(awaitProduct("amzn-" + run)).isEqualTo(awaitProduct("kaufland-" + run));
        JsonNode diffuser = asMerchant.get("/api/products/merchant/" + awaitProduct(multi)).json();
        assertThat(diffuser.path("name").asString()).isEqualTo("Cloud Diffuser v2");
        assertThat(diffuser.path("listings").path(0).path("stock").asInt()).isEqualTo(6);
        assertThat(asMerchant.get("/api/products/merchant/" + awaitProduct(gone)).json().path("status").asString())
                .isEqualTo("ARCHIVED");
        assertThat(jdbc.queryForObject("select count(*) from product where merchant_id = ?", Integer.class, merchant))
                .isEqualTo(25 + 1 + 1 + 1);
        assertThat(jdbc.queryForObject("select count(*) from product_listing where external_id = ?", Integer.class, "p-" + run))
                .isZero();
        assertThat(Kafka.readUntil(TOPIC + ".DLT", v -> v.equals(poison), Duration.ofSeconds(30))).contains(poison);
    }

    private static ProductSynced withGtin(ProductSynced p, String gtin) {
        return new ProductSynced(p.merchantId(), p.connectionId(), p.channel(), p.externalId(), p.sku(), p.title(),
                p.description(), p.images(), p.price(), p.currency(), p.stock(), p.status(), gtin, p.deleted(),
                p.sourceUpdatedAt());
    }

    private void awaitHandled(UUID... eventIds) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where consumer = 'product-synced' and event_id::text = any(?)",
                Integer.class, (Object) java.util.Arrays.stream(eventIds).map(UUID::toString).toArray(String[]::new))
                == eventIds.length);
    }

    private String awaitProduct(String externalId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from product_listing where external_id = ?", Integer.class, externalId) == 1);
        return jdbc.queryForObject("select product_id from product_listing where external_id = ?", UUID.class, externalId)
                .toString();
    }

    private ProductSynced synced(String externalId, String title, String price, Integer stock, Instant at, boolean deleted) {
        String channel = externalId.startsWith("amzn") ? "amazon" : externalId.startsWith("kaufland") ? "kaufland" : "shopify";
        return new ProductSynced(merchant, UUID.randomUUID(), channel, externalId, "SKU-" + externalId.hashCode(), title,
                title == null ? null : title + " description", List.of("https://img.example/" + externalId + ".jpg"),
                price == null ? null : new BigDecimal(price), price == null ? null : "EUR", stock, "active", null, deleted, at);
    }

    /** The product in the shared catalog (merchant products are private by default). */
    private static Map<String, Object> published(Map<String, Object> product) {
        Map<String, Object> body = new java.util.HashMap<>(product);
        body.put("published", true);
        return body;
    }

    private static Map<String, Object> product(String name, String price) {
        return Map.of("name", name, "description", "Eco friendly", "primaryNiche", "Home", "tags", List.of("#EcoLiving"),
                "categories", List.of("Bathroom"), "price", Map.of("cost", new BigDecimal("1.20"),
                        "recommendedRetail", new BigDecimal(price), "currency", "eur"));
    }
}
