package io.trendscout.tiktok.shop;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.trendscout.tiktok.api.ResilientCalls;
import io.trendscout.tiktok.api.TiktokFailure;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** TikTok Shop Partner API: token get / refresh, authorized shops, product create; every call signed. */
class ShopClient {

    record ShopTokens(String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt,
            String sellerOpenId, String sellerName, String region) {

        @Override
        public String toString() {
            return "ShopTokens[seller=" + sellerOpenId + "]";
        }
    }

    record Shop(String id, String name, String region, String cipher) {
    }

    private final RestClient http;
    private final ResilientCalls calls;
    private final JsonMapper json;
    private final ShopProperties properties;

    ShopClient(RestClient http, ResilientCalls calls, JsonMapper json, ShopProperties properties) {
        this.http = http;
        this.calls = calls;
        this.json = json;
        this.properties = properties;
    }

    ShopTokens getToken(String authCode) {
        return tokens(calls.call("shop", "shop.token", () -> envelope(http.get().uri(UriComponentsBuilder
                .fromUriString(properties.authUrl() + "/api/v2/token/get").queryParam("app_key", properties.appKey())
                .queryParam("app_secret", properties.appSecret()).queryParam("auth_code", authCode)
                .queryParam("grant_type", "authorized_code").encode().build().toUri()))));
    }

    ShopTokens refresh(String refreshToken) {
        return tokens(calls.call("shop", "shop.token", () -> envelope(http.get().uri(UriComponentsBuilder
                .fromUriString(properties.authUrl() + "/api/v2/token/refresh").queryParam("app_key", properties.appKey())
                .queryParam("app_secret", properties.appSecret()).queryParam("refresh_token", refreshToken)
                .queryParam("grant_type", "refresh_token").encode().build().toUri()))));
    }

    Shop firstShop(String accessToken) {
        JsonNode shop = calls.call("shop", "shop.shops", () -> signed("GET", "/authorization/202309/shops", Map.of(), null, accessToken))
                .path("shops").path(0);
        if (shop.isMissingNode()) {
            throw new ShopFailure(-1, "The seller has no authorized shop");
        }
        return new Shop(shop.path("id").asString(), shop.path("name").asString(), shop.path("region").asString(),
                shop.path("cipher").asString());
    }

    /** Creates a product; returns TikTok's product id. */
    String createProduct(String accessToken, String shopCipher, Map<String, Object> product) {
        String body = json.writeValueAsString(product);
        return calls.call("shop", "shop.products.create", () -> signed("POST", "/product/202309/products",
                Map.of("shop_cipher", shopCipher), body, accessToken)).path("product_id").asString();
    }

    private JsonNode signed(String method, String path, Map<String, String> extra, String body, String accessToken) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", properties.appKey());
        query.put("timestamp", String.valueOf(Instant.now().getEpochSecond()));
        query.putAll(extra);
        query.put("sign", ShopSigner.sign(properties.appSecret(), path, query, body));
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(properties.apiUrl() + path);
        query.forEach(uri::queryParam);
        RestClient.RequestBodySpec request = http.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(uri.encode().build().toUri()).header("x-tts-access-token", accessToken);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return envelope(request);
    }

    private JsonNode envelope(RestClient.RequestHeadersSpec<?> request) {
        int[] status = new int[1];
        String raw;
        try {
            raw = request.exchange((req, res) -> {
                status[0] = res.getStatusCode().value();
                return new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
            });
        } catch (ResourceAccessException ex) {
            throw new TiktokFailure.Unavailable("io_error", "TikTok Shop could not be reached");
        }
        if (status[0] == 429) {
            throw new TiktokFailure.RateLimited("TikTok Shop rate limit exceeded");
        }
        if (status[0] >= 500) {
            throw new TiktokFailure.Unavailable("http_" + status[0], "TikTok Shop answered " + status[0]);
        }
        JsonNode node;
        try {
            node = json.readTree(raw.isBlank() ? "{}" : raw);
        } catch (JacksonException ex) {
            throw new TiktokFailure.Unavailable("malformed_response", "TikTok Shop answered with a non-JSON body");
        }
        int code = node.path("code").asInt(-1);
        if (code != 0) {
            throw new ShopFailure(code, node.path("message").asString("TikTok Shop refused the request"));
        }
        return node.path("data");
    }

    private static ShopTokens tokens(JsonNode data) {
        return new ShopTokens(data.path("access_token").asString(), Instant.ofEpochSecond(data.path("access_token_expire_in").asLong()),
                data.path("refresh_token").asString(), Instant.ofEpochSecond(data.path("refresh_token_expire_in").asLong()),
                data.path("open_id").asString(""), data.path("seller_name").asString(null), data.path("seller_base_region").asString(null));
    }
}
