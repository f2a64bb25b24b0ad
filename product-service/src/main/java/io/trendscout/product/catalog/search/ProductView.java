package io.trendscout.product.catalog.search;

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

/** A product's public detail page: the seed's product schema plus where it is offered. */
record ProductView(UUID id, String name, String description, List<String> images, List<String> categories,
        String primaryNiche, List<String> tags, Price price, Supplier supplier, TikTokShop tiktokShop, Stats stats,
        TrendData trendData, String source, List<Offer> channels, Instant createdAt, Instant updatedAt) {

    /** The product's price and availability on one sales channel. */
    record Offer(String channel, BigDecimal price, String currency, boolean inStock) {
    }

    static ProductView of(ProductDetail p, List<Listing> listings) {
        List<Offer> offers = listings.stream().filter(l -> !l.deleted())
                .map(l -> new Offer(l.channel().id(), l.price(), l.currency(), l.stock() == null || l.stock() > 0))
                .toList();
        return new ProductView(p.id(), p.name(), p.description(), p.images(), p.categories(), p.primaryNiche(), p.tags(),
                p.price(), p.supplier(), p.tiktokShop(), p.stats(), p.trendData(),
                p.merchantId() == null ? "catalog" : "merchant", offers, p.createdAt(), p.updatedAt());
    }
}
