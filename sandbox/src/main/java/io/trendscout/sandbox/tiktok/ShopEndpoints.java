package io.trendscout.sandbox.tiktok;

import io.trendscout.sandbox.FakeExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * TikTok Shop Partner API: token get/refresh, authorized shops, product create/get/search, each
 * signed call verified the documented way. Error codes other than 0 are the fake's own choice.
 */
final class ShopEndpoints {

    static final String DEMO_AUTH_CODE = "sandbox-shop-auth-code";
    static final int INVALID_SIGN = 106001;
    static final int INVALID_TIMESTAMP = 106002;
    static final int INVALID_TOKEN = 105002;
    static final int INVALID_PARAMS = 12052700;
    static final int INVALID_AUTH_CODE = 36004004;

    private record ShopToken(String sellerId, Instant expiresAt) {
    }

    private final TiktokFake fake;
    private final Map<String, ShopToken> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, ShopToken> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Boolean> authCodes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> products = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1729_000_000_000_000_000L);

    ShopEndpoints(TiktokFake fake) {
        this.fake = fake;
    }

    String issueAuthCode() {
        String code = Grants.random("shopcode.");
        authCodes.put(code, true);
        return code;
    }

    void authorize(FakeExchange ex) throws IOException {
        String redirectUri = ex.query("redirect_uri");
        if (!fake.settings().shopAppKey.equals(ex.query("app_key")) || redirectUri == null) {
            ex.json(400, envelope(INVALID_PARAMS, "app_key or redirect_uri is invalid", null));
            return;
        }
        String state = ex.query("state");
        ex.redirect(redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + issueAuthCode()
                + (state == null ? "" : "&state=" + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8)));
    }

    void tokenGet(FakeExchange ex) throws IOException {
        if (!appCredentials(ex)) {
            return;
        }
        String code = ex.query("auth_code");
        boolean known = DEMO_AUTH_CODE.equals(code) || code != null && authCodes.remove(code) != null;
        if (!known || !"authorized_code".equals(ex.query("grant_type"))) {
            ex.json(200, envelope(INVALID_AUTH_CODE, "auth_code is invalid or grant_type is wrong", null));
            return;
        }
        ex.json(200, envelope(0, "success", issueTokens("sandbox-seller-1")));
    }

    void tokenRefresh(FakeExchange ex) throws IOException {
        if (!appCredentials(ex)) {
            return;
        }
        ShopToken old = refreshTokens.remove(String.valueOf(ex.query("refresh_token")));
        if (old == null || Instant.now().isAfter(old.expiresAt())) {
            ex.json(200, envelope(INVALID_TOKEN, "refresh_token is invalid or expired", null));
            return;
        }
        ex.json(200, envelope(0, "success", issueTokens(old.sellerId())));
    }

    private Map<String, Object> issueTokens(String sellerId) {
        Instant now = Instant.now();
        String access = Grants.random("TTP_");
        String refresh = Grants.random("TTP_r");
        Instant accessExpiry = now.plus(fake.settings().accessTokenLifetime);
        Instant refreshExpiry = now.plus(fake.settings().refreshTokenLifetime);
        accessTokens.put(access, new ShopToken(sellerId, accessExpiry));
        refreshTokens.put(refresh, new ShopToken(sellerId, refreshExpiry));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("access_token", access);
        data.put("access_token_expire_in", accessExpiry.getEpochSecond());
        data.put("refresh_token", refresh);
        data.put("refresh_token_expire_in", refreshExpiry.getEpochSecond());
        data.put("open_id", sellerId);
        data.put("seller_name", "Sandbox Seller");
        data.put("seller_base_region", "DE");
        data.put("user_type", 0);
        return data;
    }

    void shops(FakeExchange ex) throws IOException {
        if (verified(ex) == null) {
            return;
        }
        ex.json(200, envelope(0, "success", Map.of("shops", List.of(Map.of("id", "7000000000000000001",
                "name", "Sandbox Shop", "region", "DE", "seller_type", "LOCAL", "cipher", "sandbox-shop-cipher",
                "code", "DESANDBOX")))));
    }

    void products(FakeExchange ex) throws IOException {
        if (verified(ex) == null) {
            return;
        }
        if (!"sandbox-shop-cipher".equals(ex.query("shop_cipher"))) {
            ex.json(200, envelope(INVALID_PARAMS, "shop_cipher is missing or unknown", null));
            return;
        }
        String path = ex.path();
        if (path.endsWith("/products") && ex.method().equals("POST")) {
            create(ex);
        } else if (path.endsWith("/products/search")) {
            ex.json(200, envelope(0, "success", Map.of("products", new ArrayList<>(products.values()),
                    "next_page_token", "", "total_count", products.size())));
        } else {
            Map<String, Object> product = products.get(path.substring(path.lastIndexOf('/') + 1));
            ex.json(200, product == null ? envelope(INVALID_PARAMS, "product not found", null) : envelope(0, "success", product));
        }
    }

    private void create(FakeExchange ex) throws IOException {
        JsonNode body;
        try {
            body = FakeExchange.JSON.readTree(ex.body());
        } catch (JacksonException e) {
            body = null;
        }
        if (body == null || body.path("title").asString("").isBlank() || !body.path("skus").isArray()
                || body.path("skus").isEmpty() || body.path("description").asString("").isBlank()) {
            ex.json(200, envelope(INVALID_PARAMS, "title, description and at least one sku are required", null));
            return;
        }
        String id = String.valueOf(ids.incrementAndGet());
        List<Map<String, Object>> skus = new ArrayList<>();
        for (JsonNode sku : body.path("skus")) {
            skus.add(Map.of("id", String.valueOf(ids.incrementAndGet()), "seller_sku", sku.path("seller_sku").asString(""),
                    "price", Map.of("currency", sku.path("price").path("currency").asString("EUR"),
                            "sale_price", sku.path("price").path("amount").asString("0"))));
        }
        long now = Instant.now().getEpochSecond();
        products.put(id, new LinkedHashMap<>(Map.of("id", id, "title", body.path("title").asString(), "status", "PENDING",
                "create_time", now, "update_time", now, "skus", skus)));
        ex.json(200, envelope(0, "success", Map.of("product_id", id, "skus", skus, "warnings", List.of())));
    }

    void clear() {
        accessTokens.clear();
        refreshTokens.clear();
        authCodes.clear();
        products.clear();
    }

    int productCount() {
        return products.size();
    }

    private boolean appCredentials(FakeExchange ex) throws IOException {
        if (!fake.settings().shopAppKey.equals(ex.query("app_key")) || !fake.settings().shopAppSecret.equals(ex.query("app_secret"))) {
            ex.json(200, envelope(INVALID_SIGN, "app_key or app_secret is wrong", null));
            return false;
        }
        return true;
    }

    /** Checks app key, timestamp, signature and access token; answers the error itself. */
    private ShopToken verified(FakeExchange ex) throws IOException {
        Map<String, String> query = ex.query();
        if (!fake.settings().shopAppKey.equals(query.get("app_key"))) {
            ex.json(200, envelope(INVALID_SIGN, "app_key is wrong", null));
            return null;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(query.getOrDefault("timestamp", ""));
        } catch (NumberFormatException e) {
            timestamp = 0;
        }
        if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
            ex.json(200, envelope(INVALID_TIMESTAMP, "timestamp is missing or outside 5 minutes", null));
            return null;
        }
        String expected = sign(fake.settings().shopAppSecret, ex.path(), query, ex.body());
        String given = query.getOrDefault("sign", "");
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            ex.json(200, envelope(INVALID_SIGN, "sign is invalid", null));
            return null;
        }
        String header = ex.header("x-tts-access-token");
        ShopToken token = header == null ? null : accessTokens.get(header);
        if (token == null || Instant.now().isAfter(token.expiresAt())) {
            ex.json(401, envelope(INVALID_TOKEN, "access token is invalid or expired", null));
            return null;
        }
        return token;
    }

    /** The reference's algorithm, written independently of the service's client. */
    static String sign(String secret, String path, Map<String, String> query, String body) {
        StringBuilder input = new StringBuilder(path);
        new TreeMap<>(query).forEach((k, v) -> {
            if (!k.equals("sign") && !k.equals("access_token")) {
                input.append(k).append(v);
            }
        });
        if (body != null && !body.isEmpty()) {
            input.append(body);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((secret + input + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> envelope(int code, String message, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("request_id", Grants.random("req"));
        body.put("data", data == null ? Map.of() : data);
        return body;
    }
}
