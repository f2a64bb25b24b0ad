package io.trendscout.product.catalog.search;

import java.math.BigDecimal;

/** The raw query parameters of {@code GET /api/products}, bound by name. */
record SearchParams(String q, String niche, String category, String tag, BigDecimal minPrice, BigDecimal maxPrice,
        String currency, String trendLevel, String direction, Integer minTrendScore, String channel, String sort,
        String cursor, Integer limit) {
}
