package io.trendscout.sandbox.shopify;

import io.trendscout.sandbox.FakeExchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/** The fake's test hooks over HTTP, for tests that run it in another process. */
final class ShopifyHooks {

    private final ShopifyFake fake;

    ShopifyHooks(ShopifyFake fake) {
        this.fake = fake;
    }

    void handle(FakeExchange ex) throws IOException {
        Map<String, String> q = ex.query();
        String shop = q.getOrDefault("shop", ShopifyFake.DEMO_SHOP);
        switch (ex.path()) {
            case "/__sandbox/reset" -> fake.reset();
            case "/__sandbox/fail-next" -> fake.failNext(integer(q, "count", 1), integer(q, "status", 500));
            case "/__sandbox/delay-next" -> fake.delayNext(integer(q, "count", 1), integer(q, "millis", 10_000));
            case "/__sandbox/garble-next" -> fake.garbleNext(integer(q, "count", 1));
            case "/__sandbox/revoke" -> fake.revokeToken(shop);
            case "/__sandbox/rate-limit" -> fake.rateLimit(Boolean.parseBoolean(q.getOrDefault("enabled", "true")),
                    integer(q, "maximumAvailable", 2000), integer(q, "restoreRate", 100));
            case "/__sandbox/add-shop" -> fake.addShop(shop, q.get("token"), integer(q, "count", 300));
            case "/__sandbox/update-product" -> {
                int status = fake.updateProduct(shop, integer(q, "number", 1), q.get("title"),
                        q.containsKey("price") ? new BigDecimal(q.get("price")) : null, q.get("notify"));
                ex.json(200, Map.of("ok", true, "webhookStatus", status));
                return;
            }
            case "/__sandbox/delete-product" -> {
                int status = fake.deleteProduct(shop, integer(q, "number", 1), q.get("notify"));
                ex.json(200, Map.of("ok", true, "webhookStatus", status));
                return;
            }
            default -> {
                ex.json(404, Map.of("error", "unknown hook"));
                return;
            }
        }
        ex.json(200, Map.of("ok", true));
    }

    private static int integer(Map<String, String> q, String name, int fallback) {
        return q.containsKey(name) ? Integer.parseInt(q.get(name)) : fallback;
    }
}
