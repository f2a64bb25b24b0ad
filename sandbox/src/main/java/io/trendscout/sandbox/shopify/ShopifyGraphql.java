package io.trendscout.sandbox.shopify;

import io.trendscout.sandbox.TokenBucket;

import io.trendscout.sandbox.FakeExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The two queries the fake understands: {@code shop { name myshopifyDomain }} and
 * {@code products(first: $first, after: $after, query: $query)}; page size, cursor and filter come
 * from the variables. Cost: 2 points per request plus 2 per requested product (the fake's model).
 */
final class ShopifyGraphql {

    private static final Pattern UPDATED_AFTER = Pattern.compile("updated_at:>'?([^' ]+)'?");

    private final ShopifyFake fake;

    ShopifyGraphql(ShopifyFake fake) {
        this.fake = fake;
    }

    void handle(FakeExchange ex, FakeShop shop) throws IOException {
        JsonNode request;
        try {
            request = FakeExchange.JSON.readTree(ex.body());
        } catch (JacksonException e) {
            request = null;
        }
        String query = request == null ? "" : request.path("query").asString("");
        if (query.isBlank()) {
            ex.json(400, Map.of("errors", Map.of("query", "Required parameter missing or invalid")));
            return;
        }
        JsonNode variables = request.path("variables");
        if (query.contains("products(")) {
            products(ex, shop, variables);
        } else if (query.contains("shop")) {
            answer(ex, Map.of("shop", Map.of("currencyCode", "EUR", "name", shop.domain.replace(".myshopify.com", ""), "myshopifyDomain", shop.domain)), 1, 1);
        } else {
            ex.json(200, Map.of("errors", List.of(Map.of("message", "Field is not supported by the sandbox",
                    "extensions", Map.of("code", "undefinedField")))));
        }
    }

    private void products(FakeExchange ex, FakeShop shop, JsonNode variables) throws IOException {
        int first = variables.path("first").asInt(0);
        if (first < 1 || first > 250) {
            ex.json(200, Map.of("errors", List.of(Map.of("message", "The page size must be between 1 and 250 (got " + first + ")",
                    "extensions", Map.of("code", "BAD_USER_INPUT")))));
            return;
        }
        int requested = 2 + 2 * first;
        if (fake.rateLimited() && !fake.bucket().tryTake(requested)) {
            fake.countThrottled();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("errors", List.of(Map.of("message", "Throttled", "extensions",
                    Map.of("code", "THROTTLED", "documentation", "https://shopify.dev/api/usage/rate-limits"))));
            body.put("extensions", Map.of("cost", cost(requested, null)));
            ex.json(fake.throttleHttpStatus(), body);
            return;
        }
        long afterId;
        Instant updatedAfter;
        try {
            afterId = decodeCursor(variables.path("after").asString(null));
            updatedAfter = updatedAfter(variables.path("query").asString(null));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            fake.bucket().refund(requested);
            ex.json(200, Map.of("errors", List.of(Map.of("message", "Invalid cursor or search query",
                    "extensions", Map.of("code", "BAD_USER_INPUT")))));
            return;
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        boolean more = false;
        for (FakeProduct product : shop.products.tailMap(afterId, false).values()) {
            if (updatedAfter != null && !product.updatedAt.isAfter(updatedAfter)) {
                continue;
            }
            if (edges.size() == first) {
                more = true;
                break;
            }
            edges.add(Map.of("cursor", cursor(product.id()), "node", product.graphNode()));
        }
        int actual = 2 + 2 * edges.size();
        if (fake.rateLimited()) {
            fake.bucket().refund(requested - actual);
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", more);
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.getLast().get("cursor"));
        Map<String, Object> data = new LinkedHashMap<>();
        if (ex.body().contains("currencyCode")) {
            data.put("shop", Map.of("currencyCode", "EUR"));
        }
        data.put("products", Map.of("edges", edges, "pageInfo", pageInfo));
        answer(ex, data, requested, actual);
    }

    private void answer(FakeExchange ex, Map<String, Object> data, int requested, int actual) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("extensions", Map.of("cost", cost(requested, actual)));
        ex.json(200, body);
    }

    private Map<String, Object> cost(int requested, Integer actual) {
        TokenBucket bucket = fake.bucket();
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requestedQueryCost", requested);
        cost.put("actualQueryCost", actual);
        cost.put("throttleStatus", Map.of("maximumAvailable", bucket.capacity(),
                "currentlyAvailable", fake.rateLimited() ? Math.floor(bucket.available()) : bucket.capacity(),
                "restoreRate", bucket.restorePerSecond()));
        return cost;
    }

    static String cursor(long id) {
        return Base64.getEncoder().encodeToString(("{\"last_id\":" + id + ",\"last_value\":\"" + id + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static long decodeCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        String json = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"last_id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("cursor");
        }
        return Long.parseLong(m.group(1));
    }

    private static Instant updatedAfter(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        Matcher m = UPDATED_AFTER.matcher(query);
        if (!m.find()) {
            throw new IllegalArgumentException("query");
        }
        return Instant.parse(m.group(1));
    }
}
