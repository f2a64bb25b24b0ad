package io.trendscout.trend.sources.fastmoss;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** A product found in a ranking or search, with what the lists say about it. */
record DiscoveredProduct(String productId, String title, String region, String category, String price,
        String currency, String commissionRate, String cover) {

    /** A list item of topSales or search; empty when it lacks an id or title. */
    static Optional<DiscoveredProduct> from(JsonNode item, String requestedRegion) {
        String id = scalar(item.path("product_id"));
        String title = item.path("title").isString() ? item.path("title").stringValue().trim() : null;
        if (id == null || id.isBlank() || title == null || title.isEmpty()) {
            return Optional.empty();
        }
        String region = item.path("region").isString() ? item.path("region").stringValue() : requestedRegion;
        String price = scalar(item.path("price"));
        String cover = item.path("cover").isString() ? item.path("cover").stringValue() : null;
        return Optional.of(new DiscoveredProduct(id.trim(), title, region, ProductNames.category(categoryName(item.path("category"))),
                price != null ? price : scalar(item.path("real_price")), scalar(item.path("currency")),
                scalar(item.path("commission_rate")), cover));
    }

    /** Price, currency, commission and an https cover, as observation attributes. */
    Map<String, String> attributes(String currencyOverride) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "price", price);
        put(attributes, "currency", currencyOverride != null ? currencyOverride : currency);
        put(attributes, "commissionRate", commissionRate);
        if (cover != null && cover.startsWith("https://") && cover.length() <= 200) {
            put(attributes, "cover", cover);
        }
        return attributes;
    }

    private static void put(Map<String, String> attributes, String key, String value) {
        if (value != null && !value.isBlank() && value.length() <= 200 && value.chars().noneMatch(c -> c == '<' || c == '>')) {
            attributes.put(key, value.trim());
        }
    }

    /** {@code category} is "object" on the page (shape UNCONFIRMED): {name}, [{name}, ...] or a plain name. */
    private static String categoryName(JsonNode category) {
        JsonNode node = category.isArray() && !category.isEmpty() ? category.get(0) : category;
        if (node.isObject()) {
            node = node.path("name");
        }
        return node.isString() ? node.stringValue() : null;
    }

    private static String scalar(JsonNode node) {
        if (node.isString()) {
            return node.stringValue();
        }
        return node.isNumber() ? node.asString() : null;
    }
}
