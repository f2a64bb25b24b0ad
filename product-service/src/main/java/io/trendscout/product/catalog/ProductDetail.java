package io.trendscout.product.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /**
     * The product as {@code viewer} may see it: a merchant's own product is listed publicly, but its
     * purchase cost and supplier are the merchant's business and shown to the merchant only.
     */
    public ProductDetail visibleTo(Optional<UUID> viewer) {
        if (merchantId == null || viewer.filter(merchantId::equals).isPresent()) {
            return this;
        }
        return new ProductDetail(id, name, description, images, categories, primaryNiche, tags,
                new Price(null, price.recommendedRetail(), price.currency()), null, tiktokShop, stats, trendData,
                merchantId, status, createdAt, updatedAt);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
