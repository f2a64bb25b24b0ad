package io.trendscout.tiktok.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.trendscout.tiktok.TiktokIntegrationTest;
import org.junit.jupiter.api.Test;

class ShopIT extends TiktokIntegrationTest {

    private static final String PRODUCT = """
            {"title":"LED Desk Lamp","description":"Dimmable lamp with USB-C","price":29.90,"currency":"EUR","quantity":12,"sku":"LAMP-1"}""";

    @Test
    void connectsAShopAndPublishesAProductWithASignedRequest() {
        UUID user = UUID.randomUUID();
        Reply connected = call("POST", "/api/tiktok/shop/connect", user, "{\"authCode\":\"" + FAKE.issueShopAuthCode() + "\"}");
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        assertThat(connected.json().get("sellerName").asString()).isEqualTo("Sandbox Seller");
        assertThat(connected.body()).doesNotContain("TTP_");
        assertThat(jdbc.queryForObject("select access_token from shop_connection where user_id = ?", String.class, user))
                .startsWith("v1:");

        Reply published = call("POST", "/api/tiktok/shop/products/prod-42", user, PRODUCT);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("tiktokProductId").asString()).isNotBlank();
        assertThat(FAKE.shopProductCount()).isEqualTo(1);
        assertThat(get("/api/tiktok/shop", user).json().get("productsPublished").asInt()).isEqualTo(1);
    }

    @Test
    void anExpiringShopTokenIsRefreshedBeforePublishing() {
        UUID user = UUID.randomUUID();
        call("POST", "/api/tiktok/shop/connect", user, "{\"authCode\":\"" + FAKE.issueShopAuthCode() + "\"}");
        jdbc.update("update shop_connection set access_expires_at = now() where user_id = ?", user);
        int refreshes = FAKE.calls("/api/v2/token/refresh");
        assertThat(call("POST", "/api/tiktok/shop/products/prod-43", user, PRODUCT).status()).isEqualTo(201);
        assertThat(FAKE.calls("/api/v2/token/refresh")).isEqualTo(refreshes + 1);
    }

    @Test
    void badInputIsA4xxProblem() {
        UUID user = UUID.randomUUID();
        Reply badCode = call("POST", "/api/tiktok/shop/connect", user, "{\"authCode\":\"made-up\"}");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("type").asString()).endsWith("/tiktok-shop-code-rejected");
        Reply empty = call("POST", "/api/tiktok/shop/connect", user, "{}");
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.json().at("/errors/0/field").asString()).as(empty.body()).isEqualTo("authCode");
        assertThat(call("POST", "/api/tiktok/shop/products/p1", user, PRODUCT).status()).isEqualTo(404);

        call("POST", "/api/tiktok/shop/connect", user, "{\"authCode\":\"" + FAKE.issueShopAuthCode() + "\"}");
        Reply invalid = call("POST", "/api/tiktok/shop/products/p1", user, "{\"title\":\"\",\"price\":-1,\"currency\":\"euro\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("title").contains("price").contains("currency").contains("description");
        assertThat(FAKE.shopProductCount()).isZero();
    }

    /** Finding 7 of #18: markup where plain text is expected is refused, and nothing reaches TikTok. */
    @Test
    void markupInPlainTextFieldsIsA400Problem() {
        UUID user = UUID.randomUUID();
        Reply code = call("POST", "/api/tiktok/shop/connect", user, "{\"authCode\":\"<script>alert(1)</script>\"}");
        assertThat(code.status()).as(code.body()).isEqualTo(400);
        assertThat(code.json().get("type").asString()).as(code.body()).endsWith("/validation-failed");
        assertThat(code.json().at("/errors/0/field").asString()).as(code.body()).isEqualTo("authCode");

        call("POST", "/api/tiktok/shop/connect", user, "{\"authCode\":\"" + FAKE.issueShopAuthCode() + "\"}");
        Reply markup = call("POST", "/api/tiktok/shop/products/p1", user, """
                {"title":"<b>LED Lamp</b>","description":"Dimmable<img src=x onerror=alert(1)>","price":29.90,
                 "currency":"EUR","sku":"LAMP\\u0000-1"}""");
        assertThat(markup.status()).as(markup.body()).isEqualTo(400);
        assertThat(markup.json().get("type").asString()).endsWith("/validation-failed");
        assertThat(markup.body()).contains("\"field\":\"title\"").contains("\"field\":\"description\"")
                .contains("\"field\":\"sku\"").contains("plain text");
        assertThat(FAKE.shopProductCount()).isZero();
    }
}
