package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.trendscout.sandbox.amazon.AmazonFake;
import io.trendscout.sandbox.kaufland.KauflandFake;
import io.trendscout.sandbox.shopify.ShopifyFake;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 3 through the gateway: a merchant connects the Shopify, Amazon and Kaufland sandbox
 * shops, syncs them, finds the products in the catalog (via ProductSynced), reads the sync log
 * counts, and a Shopify webhook update reaches the catalog.
 */
class Journey3ShopSyncIT {

    @Test
    void connectSyncAndSeeProductsInTheCatalog() throws Exception {
        Accounts.Account merchant = Accounts.signUp("merchant", "merchant");
        Gateway me = merchant.gateway();

        Gateway.Response wrong = me.post("/api/connections", Map.of("platform", "shopify",
                "credentials", Map.of("shopDomain", ShopifyFake.DEMO_SHOP, "accessToken", "shpat_wrong")));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(wrong.contentType()).startsWith("application/problem+json");

        String shopify = connect(me, Map.of("platform", "shopify",
                "credentials", Map.of("shopDomain", ShopifyFake.DEMO_SHOP, "accessToken", ShopifyFake.DEMO_TOKEN)));
        String amazon = connect(me, Map.of("platform", "amazon", "credentials", Map.of("clientId", AmazonFake.CLIENT_ID,
                "clientSecret", AmazonFake.CLIENT_SECRET, "refreshToken", AmazonFake.DEMO_REFRESH_TOKEN,
                "sellerId", AmazonFake.DEMO_SELLER, "marketplaceIds", List.of(AmazonFake.MARKETPLACE_DE), "region", "eu")));
        String kaufland = connect(me, Map.of("platform", "kaufland", "credentials", Map.of(
                "clientKey", KauflandFake.DEMO_CLIENT_KEY, "secretKey", KauflandFake.DEMO_SECRET_KEY, "storefronts", List.of("de"))));
        assertThat(me.get("/api/connections").body()).doesNotContain(ShopifyFake.DEMO_TOKEN, KauflandFake.DEMO_SECRET_KEY);

        for (String connection : List.of(shopify, amazon, kaufland)) {
            Gateway.Response trigger = me.post("/api/sync/trigger", Map.of("connectionId", connection, "mode", "full"));
            assertThat(trigger.status()).as(trigger.toString()).isEqualTo(202);
        }
        for (String connection : List.of(shopify, amazon, kaufland)) {
            JsonNode log = Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> me.get("/api/sync/logs?connectionId=" + connection).json().path(0),
                            l -> l.path("status").asString("").matches("SUCCEEDED|FAILED"));
            assertThat(log.path("status").asString()).as(log.toString()).isEqualTo("SUCCEEDED");
            assertThat(log.path("itemsSeen").asInt()).isGreaterThanOrEqualTo(300);
            assertThat(log.path("itemsCreated").asInt()).isEqualTo(log.path("itemsSeen").asInt() - log.path("itemsFailed").asInt());
            assertThat(log.path("completedAt").isNull()).isFalse();
        }

        JsonNode products = Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2))
                .until(() -> me.get("/api/products/merchant").json(), list -> list.size() >= 900);
        Set<String> channels = new HashSet<>();
        products.forEach(p -> p.path("listings").forEach(l -> channels.add(l.path("channel").asString())));
        assertThat(channels).contains("shopify", "amazon", "kaufland");

        int shopifyPort = RunningPlatform.get().options().ports().fakes().get("shopify");
        String notify = RunningPlatform.get().gatewayUrl() + "/api/webhooks/shopify";
        HttpResponse<String> hook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + shopifyPort + "/__sandbox/update-product?number=7&title="
                        + URLEncoder.encode("Journey webhook lamp", StandardCharsets.UTF_8) + "&price=33.30&notify="
                        + URLEncoder.encode(notify, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(hook.body()).contains("\"webhookStatus\":200");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> me.get("/api/products/merchant").body().contains("Journey webhook lamp"));

        Gateway other = Accounts.signUp("merchant", "merchant").gateway();
        assertThat(other.get("/api/connections/" + shopify).status()).isEqualTo(404);
        assertThat(other.get("/api/products/merchant").json().size()).isZero();
    }

    private static String connect(Gateway me, Map<String, Object> request) {
        Gateway.Response created = me.post("/api/connections", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }
}
