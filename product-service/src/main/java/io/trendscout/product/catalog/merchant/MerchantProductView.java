package io.trendscout.product.catalog.merchant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.product.catalog.Listing;
import io.trendscout.product.catalog.Price;
import io.trendscout.product.catalog.ProductDetail;
import io.trendscout.product.catalog.Stats;
import io.trendscout.product.catalog.Supplier;
import io.trendscout.product.catalog.TikTokShop;
import io.trendscout.product.catalog.TrendData;

/** A merchant's product with every channel listing (SKU, stock, price per channel). */
record MerchantProductView(UUID id, String name, String description, List<String> images, List<String> categories,
        String primaryNiche, List<String> tags, Price price, Supplier supplier, TikTokShop tiktokShop, Stats stats,
        TrendData trendData, boolean published, String status, List<ListingView> listings, Instant createdAt,
        Instant updatedAt) {

    record ListingView(String channel, String externalId, UUID connectionId, String sku, Integer stock, BigDecimal price,
            String currency, String status, String gtin, boolean deleted, Instant sourceUpdatedAt, Instant updatedAt) {
    }

    static MerchantProductView of(ProductDetail p, List<Listing> listings) {
        return new MerchantProductView(p.id(), p.name(), p.description(), p.images(), p.categories(), p.primaryNiche(),
                p.tags(), p.price(), p.supplier(), p.tiktokShop(), p.stats(), p.trendData(), p.published(), p.status(),
                listings.stream().map(l -> new ListingView(l.channel().id(), l.externalId(), l.connectionId(), l.sku(),
                        l.stock(), l.price(), l.currency(), l.status(), l.gtin(), l.deleted(), l.sourceUpdatedAt(),
                        l.updatedAt())).toList(),
                p.createdAt(), p.updatedAt());
    }
}
