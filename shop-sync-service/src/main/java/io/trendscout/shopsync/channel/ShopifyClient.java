package io.trendscout.shopsync.channel;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shopify GraphQL Admin API: cursor paging over {@code products}, calculated query cost read from
 * {@code extensions.cost.throttleStatus} after every call and honoured before the next one (so a
 * shop is not asked twice to slow down), {@code THROTTLED} errors waited out for exactly the
 * missing points, whatever the HTTP status.
 */
final class ShopifyClient implements ChannelClient {

    static final String PRODUCTS = """
            query Products($first: Int!, $after: String, $query: String) {
              shop { currencyCode }
              products(first: $first, after: $after, query: $query, sortKey: ID) {
                edges { cursor node { id title handle status descriptionHtml vendor productType tags updatedAt
                  featuredImage { url }
                  variants(first: 1) { nodes { id sku price inventoryQuantity barcode } } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String SHOP = "query Shop { shop { name myshopifyDomain currencyCode } }";

    /** The last throttle status seen per shop, to wait before a call instead of being throttled. */
    private record Budget(double available, double restoreRate, long atNanos) {
        double projected() {
            return available + (System.nanoTime() - atNanos) / 1e9 * restoreRate;
        }
    }

    private final ChannelProperties.Shopify settings;
    private final Http http;
    private final ResilientCalls calls;
    private final JsonMapper json;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();

    ShopifyClient(ChannelProperties.Shopify settings, Http http, ResilientCalls calls, JsonMapper json) {
        this.settings = settings;
        this.http = http;
        this.calls = calls;
        this.json = json;
    }

    @Override
    public ShopChannels.Verified verify(Credentials credentials) {
        JsonNode data = query((Credentials.Shopify) credentials, SHOP, Map.of(), 1);
        JsonNode shop = data.path("shop");
        return new ShopChannels.Verified(shop.path("name").asString(null), shop.path("currencyCode").asString(null));
    }

    @Override
    public ChannelPage page(Credentials credentials, String cursor, Instant updatedAfter) {
        Credentials.Shopify shop = (Credentials.Shopify) credentials;
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("first", settings.pageSize());
        variables.put("after", cursor);
        variables.put("query", updatedAfter == null ? null : "updated_at:>'" + updatedAfter + "'");
        JsonNode data = query(shop, PRODUCTS, variables, 2 + 2 * settings.pageSize());
        String currency = data.path("shop").path("currencyCode").asString(null);
        JsonNode products = data.path("products");
        if (!products.path("edges").isArray()) {
            throw new ChannelFailure.Unavailable("Shopify answered without products.edges");
        }
        List<ChannelProduct> items = new ArrayList<>();
        List<ChannelPage.ItemFailure> failures = new ArrayList<>();
        for (JsonNode edge : products.path("edges")) {
            JsonNode node = edge.path("node");
            try {
                items.add(product(node, currency));
            } catch (RuntimeException ex) {
                failures.add(new ChannelPage.ItemFailure(node.path("id").asString(null), ex.getMessage()));
            }
        }
        JsonNode info = products.path("pageInfo");
        String next = info.path("hasNextPage").asBoolean(false) ? info.path("endCursor").asString(null) : null;
        return new ChannelPage(items, failures, next);
    }

    static ChannelProduct product(JsonNode node, String currency) {
        String id = required(node.path("id").asString(null), "id");
        String title = required(node.path("title").asString(null), "title");
        JsonNode variant = node.path("variants").path("nodes").path(0);
        BigDecimal price;
        try {
            price = new BigDecimal(required(variant.path("price").asString(null), "variants.price"));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("variants.price is not a decimal");
        }
        String image = node.path("featuredImage").path("url").asString(null);
        Instant updated = Instant.parse(required(node.path("updatedAt").asString(null), "updatedAt"));
        return new ChannelProduct(id, variant.path("sku").asString(null), title.trim(),
                PlainText.of(node.path("descriptionHtml").asString(null)), image == null ? List.of() : List.of(image),
                price, currency, variant.path("inventoryQuantity").isNumber() ? variant.path("inventoryQuantity").asInt() : null,
                node.path("status").asString(null), blankToNull(variant.path("barcode").asString(null)), updated);
    }

    private JsonNode query(Credentials.Shopify shop, String query, Map<String, Object> variables, int cost) {
        return calls.call("shopify", shop.shopDomain(), 0, () -> {
            awaitBudget(shop.shopDomain(), cost);
            URI uri = URI.create(settings.graphqlUrl().replace("{shop}", shop.shopDomain()).replace("{version}", settings.apiVersion()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", query);
            body.put("variables", variables);
            Http.Answer answer = http.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("X-Shopify-Access-Token", shop.accessToken())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), "Shopify");
            return interpret(shop.shopDomain(), answer);
        });
    }

    private JsonNode interpret(String domain, Http.Answer answer) {
        if (answer.status() == 401 || answer.status() == 403 || answer.status() == 402 || answer.status() == 423) {
            throw new ChannelFailure.Rejected("Shopify refused the access token for " + domain + " (HTTP " + answer.status() + ")");
        }
        if (answer.status() >= 500) {
            throw new ChannelFailure.Unavailable("Shopify answered HTTP " + answer.status());
        }
        if (answer.status() == 429 && (answer.body() == null || !answer.body().contains("THROTTLED"))) {
            throw new ChannelFailure.Throttled("Shopify answered 429", answer.retryAfter());
        }
        JsonNode root = answer.json(json, "Shopify");
        JsonNode cost = root.path("extensions").path("cost");
        JsonNode throttle = cost.path("throttleStatus");
        if (throttle.isObject()) {
            budgets.put(domain, new Budget(throttle.path("currentlyAvailable").asDouble(), 
                    Math.max(1, throttle.path("restoreRate").asDouble(50)), System.nanoTime()));
        }
        for (JsonNode error : root.path("errors")) {
            if ("THROTTLED".equals(error.path("extensions").path("code").asString(""))) {
                double missing = cost.path("requestedQueryCost").asDouble(0) - throttle.path("currentlyAvailable").asDouble(0);
                double rate = Math.max(1, throttle.path("restoreRate").asDouble(50));
                throw new ChannelFailure.Throttled("Shopify throttled the query",
                        Duration.ofMillis((long) Math.ceil(Math.max(0, missing) / rate * 1000) + 50));
            }
        }
        if (answer.status() >= 400 || root.path("errors").isArray() && !root.path("errors").isEmpty() && !root.path("data").isObject()) {
            throw new ChannelFailure.Invalid("Shopify rejected the query: "
                    + root.path("errors").path(0).path("message").asString("HTTP " + answer.status()));
        }
        return root.path("data");
    }

    private void awaitBudget(String domain, int cost) {
        Budget budget = budgets.get(domain);
        if (budget == null) {
            return;
        }
        double missing = cost - budget.projected();
        if (missing > 0) {
            try {
                Thread.sleep((long) Math.ceil(missing / budget.restoreRate() * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
