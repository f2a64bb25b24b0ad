package io.trendscout.product.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product as lists show it. */
public record ProductSummary(UUID id, String name, String image, String primaryNiche, List<String> categories,
        List<String> tags, Price price, Trend trendData, long saveCount, BigDecimal averageRating, Instant createdAt) {

    public record Trend(int trendScore, String trendLevel, String trendDirection) {
    }
}
