package io.trendscout.shopsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.sandbox.amazon.AmazonFake;
import io.trendscout.sandbox.kaufland.KauflandFake;
import io.trendscout.sandbox.shopify.ShopifyFake;
import org.junit.jupiter.api.Test;

class ConnectionsIT extends ShopSyncIntegrationTest {

    @Test
    void connectsEveryChannelAndNeverShowsOrStoresCredentialsInClear() {
        String token = merchant(UUID.randomUUID());
        UUID shopify = connect(token, shopify());
        UUID amazon = connect(token, amazon());
        UUID kaufland = connect(token, kaufland());

        Reply list = call("GET", "/api/connections", token, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(3);
        assertThat(list.body()).doesNotContain(ShopifyFake.DEMO_TOKEN, AmazonFake.CLIENT_SECRET, AmazonFake.DEMO_REFRESH_TOKEN,
                KauflandFake.DEMO_SECRET_KEY).contains("\"status\":\"CONNECTED\"");
        String stored = String.join("|", jdbc.queryForList("select credentials from connections where id in (?, ?, ?)",
                String.class, shopify, amazon, kaufland));
        assertThat(stored).doesNotContain(ShopifyFake.DEMO_TOKEN, "sandbox-lwa", "Atzr|", KauflandFake.DEMO_SECRET_KEY);

        assertThat(call("POST", "/api/connections/" + amazon + "/test", token, null).status()).isEqualTo(200);
        assertThat(call("POST", "/api/connections", token, shopify()).status()).isEqualTo(409);
        assertThat(call("DELETE", "/api/connections/" + kaufland, token, null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/connections/" + kaufland, token, null).status()).isEqualTo(404);
    }

    @Test
    void wrongCredentialsAreAClear422ForEachChannel() {
        String token = merchant(UUID.randomUUID());
        Reply shopify = call("POST", "/api/connections", token, Map.of("platform", "shopify",
                "credentials", Map.of("shopDomain", ShopifyFake.DEMO_SHOP, "accessToken", "shpat_wrong")));
        Reply amazon = call("POST", "/api/connections", token, Map.of("platform", "amazon", "credentials", Map.of(
                "clientId", AmazonFake.CLIENT_ID, "clientSecret", AmazonFake.CLIENT_SECRET, "refreshToken", "Atzr|wrong",
                "sellerId", AmazonFake.DEMO_SELLER, "marketplaceIds", List.of(AmazonFake.MARKETPLACE_DE), "region", "eu")));
        Reply kaufland = call("POST", "/api/connections", token, Map.of("platform", "kaufland", "credentials",
                Map.of("clientKey", KauflandFake.DEMO_CLIENT_KEY, "secretKey", "wrong-secret")));
        for (Reply reply : List.of(shopify, amazon, kaufland)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(422);
            assertThat(reply.json().path("type").asString()).endsWith("credentials-rejected");
            assertThat(reply.body()).doesNotContain("shpat_wrong", "Atzr|wrong", "wrong-secret");
        }
        assertThat(call("GET", "/api/connections", token, null).json().size()).isZero();
    }

    @Test
    void revokedCredentialsFailTheTestAndMarkTheConnection() {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, shopify());
        SHOPIFY.revokeToken(ShopifyFake.DEMO_SHOP);
        Reply test = call("POST", "/api/connections/" + id + "/test", token, null);
        assertThat(test.status()).isEqualTo(422);
        assertThat(call("GET", "/api/connections/" + id, token, null).json().path("status").asString()).isEqualTo("AUTH_FAILED");
    }

    @Test
    void badInputNamesTheField() {
        String token = merchant(UUID.randomUUID());
        assertField(call("POST", "/api/connections", token, Map.of("platform", "ebay", "credentials", Map.of())), "platform");
        assertField(call("POST", "/api/connections", token, Map.of("platform", "shopify",
                "credentials", Map.of("shopDomain", "evil.example.com", "accessToken", "x"))), "credentials.shopDomain");
        assertField(call("POST", "/api/connections", token, Map.of("platform", "shopify",
                "credentials", Map.of("shopDomain", ShopifyFake.DEMO_SHOP))), "credentials.accessToken");
        assertField(call("POST", "/api/connections", token, Map.of("platform", "amazon", "credentials", Map.of("region", "mars"))),
                "credentials.region");
        assertField(call("POST", "/api/connections", token, Map.of("platform", "kaufland", "credentials",
                Map.of("clientKey", "k", "secretKey", "s", "storefronts", List.of("us")))), "credentials.storefronts");
        assertThat(call("POST", "/api/connections", token, Map.of("platform", "shopify")).status()).isEqualTo(400);
        assertThat(call("POST", "/api/connections", token, "{not json").status()).isEqualTo(400);
        assertField(call("POST", "/api/sync/trigger", token, Map.of("connectionId", UUID.randomUUID(), "mode", "sometimes")), "mode");
        assertThat(call("POST", "/api/sync/trigger", token, Map.of("mode", "full")).status()).isEqualTo(400);
    }

    @Test
    void everythingIsOwnerScopedAndNeedsTheMerchantRole() {
        String owner = merchant(UUID.randomUUID());
        String other = merchant(UUID.randomUUID());
        UUID id = connect(owner, kaufland());
        assertThat(call("GET", "/api/connections/" + id, other, null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/connections/" + id + "/test", other, null).status()).isEqualTo(404);
        assertThat(call("DELETE", "/api/connections/" + id, other, null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/sync/trigger", other, Map.of("connectionId", id, "mode", "full")).status()).isEqualTo(404);
        assertThat(call("GET", "/api/sync/logs?connectionId=" + id, other, null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/connections", other, null).json().size()).isZero();
        String user = TestInfrastructure.get().tokens().issue(UUID.randomUUID(), "USER");
        assertThat(call("GET", "/api/connections", user, null).status()).isEqualTo(403);
        assertThat(call("GET", "/api/connections", null, null).status()).isEqualTo(401);
        assertThat(call("GET", "/api/connections/" + id, owner, null).status()).isEqualTo(200);
    }

    @Test
    void shownTextFieldsRejectMarkupAndNothingIsStored() {
        String token = merchant(UUID.randomUUID());
        assertField(call("POST", "/api/connections", token, Map.of("platform", "shopify", "shopName", "<img src=x onerror=alert(1)>",
                "credentials", Map.of("shopDomain", ShopifyFake.DEMO_SHOP, "accessToken", ShopifyFake.DEMO_TOKEN))), "shopName");
        assertField(call("POST", "/api/connections", token, Map.of("platform", "kaufland", "credentials",
                Map.of("clientKey", "<b>key</b>", "secretKey", KauflandFake.DEMO_SECRET_KEY))), "clientKey");
        assertThat(call("GET", "/api/connections", token, null).json().size()).isZero();
        assertThat(call("POST", "/api/connections", token, Map.of("platform", "shopify", "shopName", "Anna's shop, 2nd & best",
                "credentials", Map.of("shopDomain", ShopifyFake.DEMO_SHOP, "accessToken", ShopifyFake.DEMO_TOKEN))).status())
                .isEqualTo(201);
    }

    @Test
    void listParametersOutOfRangeAreA400NamingTheParameterWithoutJavaTypes() {
        String token = merchant(UUID.randomUUID());
        for (String query : List.of("limit=-1", "limit=0", "limit=101", "limit=100000", "limit=abc", "limit=1e999",
                "limit=99999999999", "connectionId=not-a-uuid")) {
            Reply reply = call("GET", "/api/sync/logs?" + query, token, null);
            assertField(reply, query.substring(0, query.indexOf('=')));
            assertThat(reply.body()).as(query).doesNotContain("java.", "Integer", "NumberFormat", "Exception", "MethodArgument");
        }
        assertThat(call("GET", "/api/sync/logs?limit=100", token, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/sync/logs?limit=1", token, null).status()).isEqualTo(200);
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains(field);
    }
}
