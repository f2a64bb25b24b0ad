package io.trendscout.product.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product as the catalog stores it (never the table row itself on the API). */
public record ProductDetail(UUID id, String name, String description, List<String> images, List<String> categories,
        String primaryNiche, List<String> tags, Price price, Supplier supplier, TikTokShop tiktokShop, Stats stats,
        TrendData trendData, UUID merchantId, String status, Instant createdAt, Instant updatedAt) {

    public ProductSummary summary() {
        return new ProductSummary(id, name, images.isEmpty() ? null : images.getFirst(), primaryNiche, categories, tags,
                price, new ProductSummary.Trend(trendData.trendScore(), trendData.trendLevel(), trendData.trendDirection()),
                stats.saveCount(), stats.averageRating(), createdAt);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
