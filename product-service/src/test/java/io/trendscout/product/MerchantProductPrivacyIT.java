package io.trendscout.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A merchant's products are the merchant's until published (#18 finding 2), and what merchants and shops send is
 * checked or sanitised before it is stored and served (#18 finding 7).
 */
@PlatformIntegrationTest
class MerchantProductPrivacyIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    UUID merchant;
    Http asMerchant;
    Http asOther;
    Http anonymous;
    String word;
    String niche;

    @BeforeEach
    void setUp() {
        anonymous = Http.anonymous(port);
        merchant = UUID.randomUUID();
        asMerchant = anonymous.as(merchant, "MERCHANT");
        asOther = anonymous.as(UUID.randomUUID(), "MERCHANT");
        word = "Quokka" + UUID.randomUUID().toString().chars().limit(8).map(c -> 'a' + c % 26)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        niche = "privacy-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aMerchantsOwnProductIsHiddenFromEveryoneElseUntilPublished() {
        Http.Response created = asMerchant.post("/api/products/merchant", product(word + " Night Lamp", null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("published").asBoolean()).isFalse();
        String id = created.json().path("id").asString();
        jdbc.update("update product set trend_score = 99 where id = ?::uuid", id);

        for (Http viewer : List.of(anonymous, asOther)) {
            assertNotInSharedCatalog(viewer, id);
            Http.Response page = viewer.get("/api/products/" + id);
            assertThat(page.status()).as(page.toString()).isEqualTo(404);
            assertThat(page.isProblem()).isTrue();
        }
        assertThat(asOther.post("/api/products/" + id + "/save", null).status()).isEqualTo(404);
        assertThat(asOther.post("/api/collections", Map.of("name", "Mine", "productIds", List.of(id))).status())
                .isEqualTo(404);

        // The owner still has it, on the merchant endpoints and on the product page (ai-generator reads it there).
        assertThat(asMerchant.get("/api/products/merchant").json().findValuesAsString("id")).contains(id);
        Http.Response own = asMerchant.get("/api/products/" + id + "?countView=false");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().path("price").path("cost").decimalValue()).isEqualByComparingTo("1.20");
        assertThat(asMerchant.post("/api/products/" + id + "/save", null).status()).isEqualTo(204);
        assertThat(asMerchant.get("/api/products/saved").json().findValuesAsString("id")).contains(id);

        // Even in its owner's public collection, others do not see it.
        String collection = asMerchant.post("/api/collections", Map.of("name", "Shop window", "isPublic", true,
                "productIds", List.of(id))).json().path("id").asString();
        assertThat(asMerchant.get("/api/collections/" + collection).json().path("products").size()).isEqualTo(1);
        JsonNode seenByOthers = anonymous.get("/api/collections/" + collection).json();
        assertThat(seenByOthers.path("products").size()).as(seenByOthers.toString()).isZero();
        JsonNode listed = null;
        for (JsonNode c : anonymous.get("/api/collections/public?limit=100").json()) {
            listed = c.path("id").asString().equals(collection) ? c : listed;
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("productCount").asInt()).isZero();

        // Published: in the shared catalog for everyone, its cost and supplier still the merchant's.
        Http.Response published = asMerchant.put("/api/products/merchant/" + id, product(word + " Night Lamp", true));
        assertThat(published.json().path("published").asBoolean()).as(published.toString()).isTrue();
        assertThat(anonymous.get("/api/products?q=" + word).json().findValuesAsString("id")).contains(id);
        assertThat(anonymous.get("/api/products/trending?niche=" + niche).json().findValuesAsString("id")).contains(id);
        JsonNode publicPage = asOther.get("/api/products/" + id).json();
        assertThat(publicPage.path("price").path("cost").isNull()).as(publicPage.toString()).isTrue();
        assertThat(publicPage.path("supplier").isNull()).isTrue();

        // A replacement without the switch keeps it; switching it off makes the product private again.
        asMerchant.put("/api/products/merchant/" + id, product(word + " Night Lamp XL", null));
        assertThat(anonymous.get("/api/products/" + id).status()).isEqualTo(200);
        asMerchant.put("/api/products/merchant/" + id, product(word + " Night Lamp XL", false));
        assertNotInSharedCatalog(anonymous, id);
        assertThat(anonymous.get("/api/products/" + id).status()).isEqualTo(404);
    }

    @Test
    void productsSyncedFromAShopArePrivateAndTheirShopDataIsSanitised() {
        String external = "gid://shopify/Product/" + UUID.randomUUID();
        Kafka.publish(new ProductSynced(merchant, UUID.randomUUID(), "shopify", external, "SKU-<b>1</b>",
                "<b>" + word + "</b> Glow Lamp<script>alert(1)</script>", "<p>Warm light</p>\u0007<img src=x onerror=alert(1)>",
                List.of("javascript:alert(1)", "http://img.example/plain.jpg", "https://img.example/ok.jpg",
                        "https://user:pw@img.example/x.jpg"),
                new BigDecimal("19.90"), "EUR", 4, "active", null, false, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from product_listing where external_id = ?", Integer.class, external) == 1);
        String id = jdbc.queryForObject("select product_id from product_listing where external_id = ?", UUID.class,
                external).toString();

        assertNotInSharedCatalog(anonymous, id);
        assertThat(anonymous.get("/api/products/" + id).status()).isEqualTo(404);
        assertThat(asOther.get("/api/products/" + id).status()).isEqualTo(404);

        JsonNode own = asMerchant.get("/api/products/merchant/" + id).json();
        assertThat(own.path("name").asString()).isEqualTo(word + " Glow Lamp alert(1)");
        assertThat(own.path("description").asString()).doesNotContain("<", ">", "\u0007").contains("Warm light");
        assertThat(own.path("images").toString()).isEqualTo("[\"https://img.example/ok.jpg\"]");
        assertThat(own.path("listings").path(0).path("sku").asString()).isEqualTo("SKU- 1");

        // A newer version from the shop is sanitised the same way when it updates the product.
        Kafka.publish(new ProductSynced(merchant, UUID.randomUUID(), "shopify", external, "SKU-1", "<i>" + word + "</i> Lamp v2",
                "Still <b>warm</b>", List.of("data:image/png;base64,AAAA", "https://img.example/v2.jpg"),
                new BigDecimal("21.90"), "EUR", 3, "active", null, false, Instant.now().plusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> asMerchant.get("/api/products/merchant/" + id).json()
                .path("name").asString().equals(word + " Lamp v2"));
        JsonNode updated = asMerchant.get("/api/products/merchant/" + id).json();
        assertThat(updated.path("description").asString()).isEqualTo("Still  warm ");
        assertThat(updated.path("images").toString()).isEqualTo("[\"https://img.example/v2.jpg\"]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"images", "tiktokShop.url", "supplier.website", "name", "description", "tags"})
    void scriptUrlsAndMarkupAreRejectedNamingTheField(String field) {
        Map<String, Object> body = new HashMap<>(product("Harmless Lamp", null));
        switch (field) {
            case "images" -> body.put("images", List.of("javascript:alert(1)"));
            case "tiktokShop.url" -> body.put("tiktokShop", Map.of("available", true, "url", "javascript:alert(1)"));
            case "supplier.website" -> body.put("supplier", Map.of("name", "Acme", "website", "http://acme.example"));
            case "name" -> body.put("name", "<script>alert(1)</script>");
            case "description" -> body.put("description", "<img src=x onerror=alert(1)>");
            default -> body.put("tags", List.of("<b>bold</b>"));
        }
        Http.Response response = asMerchant.post("/api/products/merchant", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").path(0).path("field").asString()).startsWith(field);
        assertThat(jdbc.queryForObject("select count(*) from product where merchant_id = ?", Integer.class, merchant))
                .isZero();
    }

    @Test
    void listingsAndCollectionsRejectMarkupToo() {
        String id = asMerchant.post("/api/products/merchant", product("Plain Lamp", null)).json().path("id").asString();
        Http.Response listing = asMerchant.put("/api/products/merchant/" + id + "/listings/amazon",
                Map.of("sku", "<script>x</script>", "stock", 1, "price", 1, "currency", "EUR"));
        assertThat(listing.status()).as(listing.toString()).isEqualTo(400);
        assertThat(listing.json().path("errors").path(0).path("field").asString()).isEqualTo("sku");
        Http.Response collection = asMerchant.post("/api/collections", Map.of("name", "<b>Picks</b>"));
        assertThat(collection.status()).isEqualTo(400);
        assertThat(collection.json().path("errors").path(0).path("field").asString()).isEqualTo("name");
        Http.Response description = asMerchant.post("/api/collections",
                Map.of("name", "Picks", "description", "<a href=javascript:alert(1)>x</a>"));
        assertThat(description.json().path("errors").path(0).path("field").asString()).isEqualTo("description");
        Http.Response good = asMerchant.post("/api/products/merchant", Map.of("name", "Good Lamp",
                "images", List.of("https://img.example/a.jpg"), "tiktokShop", Map.of("available", true,
                        "url", "https://shop.tiktok.com/view/product/1"),
                "price", Map.of("recommendedRetail", 5, "currency", "EUR")));
        assertThat(good.status()).as(good.toString()).isEqualTo(201);
    }

    private void assertNotInSharedCatalog(Http viewer, String id) {
        JsonNode search = viewer.get("/api/products?q=" + word).json();
        assertThat(search.findValuesAsString("id")).as(search.toString()).doesNotContain(id);
        assertThat(search.path("totalCount").asLong()).isZero();
        assertThat(viewer.get("/api/products?niche=" + niche).json().findValuesAsString("id")).doesNotContain(id);
        assertThat(viewer.get("/api/products?sort=newest&limit=100").json().findValuesAsString("id")).doesNotContain(id);
        assertThat(viewer.get("/api/products/trending?niche=" + niche).json().findValuesAsString("id")).doesNotContain(id);
    }

    private Map<String, Object> product(String name, Boolean published) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "description", "Soft light", "primaryNiche", niche,
                "tags", List.of("#nightlight"), "supplier", Map.of("name", "Lamp Factory", "website", "https://lamps.example"),
                "price", Map.of("cost", new BigDecimal("1.20"), "recommendedRetail", new BigDecimal("9.90"), "currency", "EUR")));
        if (published != null) {
            body.put("published", published);
        }
        return body;
    }
}
