package io.trendscout.product.catalog.search;

/**
 * The raw query parameters of {@code GET /api/products}, bound by name as text: {@link SearchCriteria} parses and
 * checks each one, so a bad value is a problem naming the parameter and its rule (never a conversion message).
 */
record SearchParams(String q, String niche, String category, String tag, String minPrice, String maxPrice,
        String currency, String trendLevel, String direction, String minTrendScore, String channel, String sort,
        String cursor, String limit) {
}
