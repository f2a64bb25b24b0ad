package io.trendscout.shopsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.sandbox.shopify.ShopifyFake;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Shopify product webhooks: signature on the raw body, deduplication, async apply, deletes. */
class WebhooksIT extends ShopSyncIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private String url() {
        return "http://localhost:" + port + "/api/webhooks/shopify";
    }

    @Test
    void aSignedUpdateIsAppliedOnceEvenWhenDeliveredTwice() {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, shopify());
        sync(token, id, "full");
        awaitEvents(id, 300);

        int status = SHOPIFY.updateProduct(ShopifyFake.DEMO_SHOP, 12, "Webhook title", new BigDecimal("19.95"), url());
        assertThat(status).isEqualTo(200);
        awaitEvents(id, 301);
        JsonNode updated = EVENTS.of(id).getLast();
        assertThat(updated.path("title").asString()).isEqualTo("Webhook title");
        assertThat(updated.path("price").decimalValue()).isEqualByComparingTo("19.95");
        assertThat(updated.path("currency").asString()).isEqualTo("EUR");

        String body = "{\"id\":7000000013,\"title\":\"Dup\",\"body_html\":\"<b>x</b>\",\"status\":\"active\","
                + "\"updated_at\":\"" + Instant.now() + "\",\"variants\":[{\"sku\":\"SHP-00013\",\"price\":\"5.00\"}]}";
        String webhookId = UUID.randomUUID().toString();
        assertThat(SHOPIFY.sendWebhook(url(), ShopifyFake.DEMO_SHOP, "products/update", body, webhookId)).isEqualTo(200);
        assertThat(SHOPIFY.sendWebhook(url(), ShopifyFake.DEMO_SHOP, "products/update", body, webhookId)).isEqualTo(200);
        awaitEvents(id, 302);
        sleep(1000);
        assertThat(EVENTS.of(id)).hasSize(302);
        assertThat(jdbc.queryForObject("select count(*) from webhook_deliveries where webhook_id = ?", Integer.class, webhookId))
                .isEqualTo(1);
        // the next sync sees the webhook's version for product 12 and sends nothing new for it
        sync(token, id, "incremental");
        sleep(1000);
        assertThat(EVENTS.of(id).stream().filter(e -> e.path("externalId").asString().endsWith("/7000000012")).count())
                .isEqualTo(2);
    }

    @Test
    void aDeleteWebhookTombstonesTheProduct() {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, shopify());
        sync(token, id, "full");
        awaitEvents(id, 300);
        assertThat(SHOPIFY.deleteProduct(ShopifyFake.DEMO_SHOP, 20, url())).isEqualTo(200);
        awaitEvents(id, 301);
        assertThat(EVENTS.of(id).getLast().path("deleted").asBoolean()).isTrue();
        assertThat(EVENTS.of(id).getLast().path("externalId").asString()).isEqualTo("gid://shopify/Product/7000000020");
    }

    @Test
    void aBadSignatureIs401AndNothingIsStored() throws Exception {
        String body = "{\"id\":7000000001,\"title\":\"Forged\"}";
        String webhookId = "forged-" + UUID.randomUUID();
        HttpResponse<String> forged = post(body, ShopifyFake.sign("not-the-secret", body), webhookId);
        HttpResponse<String> unsigned = post(body, null, webhookId);
        HttpResponse<String> tampered = post(body.replace("Forged", "Tampered"), ShopifyFake.sign(ShopifyFake.APP_SECRET, body), webhookId);
        for (HttpResponse<String> response : java.util.List.of(forged, unsigned, tampered)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        }
        assertThat(jdbc.queryForObject("select count(*) from webhook_deliveries where webhook_id = ?", Integer.class, webhookId))
                .isZero();
    }

    @Test
    void aSignedButMalformedBodyIsAcceptedAndMarkedFailedWithoutEvents() throws Exception {
        connect(merchant(UUID.randomUUID()), shopify()); // deliveries for shops nobody connected are dropped
        String body = "{\"id\":\"not-a-number\"";
        String webhookId = "malformed-" + UUID.randomUUID();
        HttpResponse<String> response = post(body, ShopifyFake.sign(ShopifyFake.APP_SECRET, body), webhookId);
        assertThat(response.statusCode()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(
                jdbc.queryForObject("select status from webhook_deliveries where webhook_id = ?", String.class, webhookId)));
    }

    @Test
    void aDeliveryTriggeredOutsideTheToleranceWindowIsRefusedAndNotStored() throws Exception {
        connect(merchant(UUID.randomUUID()), shopify());
        String body = product(13, "Replayed", Instant.now());
        String signature = ShopifyFake.sign(ShopifyFake.APP_SECRET, body);
        for (Instant triggered : List.of(Instant.now().minus(Duration.ofMinutes(10)), Instant.now().plus(Duration.ofMinutes(10)))) {
            String webhookId = "stale-" + UUID.randomUUID();
            HttpResponse<String> response = post(ShopifyFake.DEMO_SHOP, body, signature, webhookId, triggered.toString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
            assertThat(response.body()).contains("webhook-stale").contains("X-Shopify-Triggered-At");
            assertThat(stored(webhookId)).isZero();
        }
        String webhookId = "undated-" + UUID.randomUUID();
        HttpResponse<String> undated = post(ShopifyFake.DEMO_SHOP, body, signature, webhookId, null);
        assertThat(undated.statusCode()).isEqualTo(400);
        assertThat(undated.body()).contains("X-Shopify-Triggered-At");
        assertThat(stored(webhookId)).isZero();
        String withOffset = "offset-" + UUID.randomUUID();
        assertThat(post(ShopifyFake.DEMO_SHOP, body, signature, withOffset,
                java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(2)).toString()).statusCode()).isEqualTo(200);
        assertThat(stored(withOffset)).isEqualTo(1);
    }

    @Test
    void theSameChangeUnderANewWebhookIdIsAcknowledgedButAppliedOnce() throws Exception {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, shopify());
        sync(token, id, "full");
        awaitEvents(id, 300);
        String body = product(14, "Once", Instant.now());
        String signature = ShopifyFake.sign(ShopifyFake.APP_SECRET, body);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        assertThat(post(ShopifyFake.DEMO_SHOP, body, signature, first, Instant.now().toString()).statusCode()).isEqualTo(200);
        assertThat(post(ShopifyFake.DEMO_SHOP, body, signature, second, Instant.now().toString()).statusCode()).isEqualTo(200);
        awaitEvents(id, 301);
        sleep(1000);
        assertThat(EVENTS.of(id)).hasSize(301);
        assertThat(stored(first) + stored(second)).isEqualTo(1);
    }

    @Test
    void oversizedIdsAndDatesAreAProblemOrAFailedDeliveryNeverA500() throws Exception {
        connect(merchant(UUID.randomUUID()), shopify());
        String body = product(16, "Long", Instant.now());
        HttpResponse<String> longId = post(ShopifyFake.DEMO_SHOP, body, ShopifyFake.sign(ShopifyFake.APP_SECRET, body),
                "x".repeat(3000), Instant.now().toString());
        assertThat(longId.statusCode()).isEqualTo(400);
        assertThat(longId.body()).contains("X-Shopify-Webhook-Id");
        String longDate = body.replaceFirst("\"updated_at\":\"[^\"]*\"", "\"updated_at\":\"" + "9".repeat(5000) + "\"");
        String webhookId = "long-date-" + UUID.randomUUID();
        assertThat(post(ShopifyFake.DEMO_SHOP, longDate, ShopifyFake.sign(ShopifyFake.APP_SECRET, longDate), webhookId,
                Instant.now().toString()).statusCode()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(
                jdbc.queryForObject("select status from webhook_deliveries where webhook_id = ?", String.class, webhookId)));
    }

    @Test
    void aDeliveryForAShopWithoutConnectionIsAcknowledgedButNeitherStoredNorApplied() throws Exception {
        String body = product(15, "Nobody's", Instant.now());
        String webhookId = "unknown-shop-" + UUID.randomUUID();
        HttpResponse<String> response = post("nobody-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com", body,
                ShopifyFake.sign(ShopifyFake.APP_SECRET, body), webhookId, Instant.now().toString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stored(webhookId)).isZero();
    }

    private static String product(int number, String title, Instant updatedAt) {
        return "{\"id\":" + (7_000_000_000L + number) + ",\"title\":\"" + title + "\",\"status\":\"active\","
                + "\"updated_at\":\"" + updatedAt + "\",\"variants\":[{\"sku\":\"SHP-000" + number + "\",\"price\":\"7.00\"}]}";
    }

    private int stored(String webhookId) {
        return jdbc.queryForObject("select count(*) from webhook_deliveries where webhook_id = ?", Integer.class, webhookId);
    }

    private HttpResponse<String> post(String body, String hmac, String webhookId) throws Exception {
        return post(ShopifyFake.DEMO_SHOP, body, hmac, webhookId, Instant.now().toString());
    }

    private HttpResponse<String> post(String shop, String body, String hmac, String webhookId, String triggeredAt) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url()))
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", "products/update")
                .header("X-Shopify-Shop-Domain", shop)
                .header("X-Shopify-Webhook-Id", webhookId)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (hmac != null) {
            request.header("X-Shopify-Hmac-Sha256", hmac);
        }
        if (triggeredAt != null) {
            request.header("X-Shopify-Triggered-At", triggeredAt);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitEvents(UUID connection, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> EVENTS.of(connection).size() >= count);
        assertThat(EVENTS.of(connection)).hasSize(count);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
