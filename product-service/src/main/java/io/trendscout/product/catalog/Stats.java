package io.trendscout.product.catalog;

import java.math.BigDecimal;

/** Engagement figures of a product. */
public record Stats(long viewCount, long saveCount, BigDecimal conversionRate, BigDecimal averageRating) {
}
