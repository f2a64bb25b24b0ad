package io.trendscout.product.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product as the catalog stores it (never the table row itself on the API). */
public record ProductDetail(UUID id, String name, String description, List<String> images, List<String> categories,
        String primaryNiche, List<String> tags, Price price, Supplier supplier, TikTokShop tiktokShop, Stats stats,
        TrendData trendData, UUID merchantId, boolean published, String status, Instant createdAt, Instant updatedAt) {

    public ProductSummary summary() {
        return new ProductSummary(id, name, images.isEmpty() ? null : images.getFirst(), primaryNiche, categories, tags,
                price, new ProductSummary.Trend(trendData.trendScore(), trendData.trendLevel(), trendData.trendDirection()),
                stats.saveCount(), stats.averageRating(), createdAt);
    }

    /**
     * Whether {@code viewer} may see the product at all: a product of the shared catalog (the research catalog's own
     * or one a merchant published) is visible to anyone, a merchant's unpublished product to that merchant only.
     */
    public boolean visibleTo(Viewer viewer) {
        return published || ownedBy(viewer);
    }

    /**
     * The product as {@code viewer} may see it: a merchant's purchase cost and supplier are the merchant's business
     * and shown to the merchant only; the research catalog's cost and supplier are shown to plans that include them.
     */
    public ProductDetail shownTo(Viewer viewer) {
        if (ownedBy(viewer) || merchantId == null && viewer.seesSourcing()) {
            return this;
        }
        return new ProductDetail(id, name, description, images, categories, primaryNiche, tags,
                new Price(null, price.recommendedRetail(), price.currency()), null, tiktokShop, stats, trendData,
                merchantId, published, status, createdAt, updatedAt);
    }

    private boolean ownedBy(Viewer viewer) {
        return merchantId != null && viewer.id().filter(merchantId::equals).isPresent();
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
