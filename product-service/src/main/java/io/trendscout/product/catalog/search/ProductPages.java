package io.trendscout.product.catalog.search;

import java.util.Optional;
import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.product.catalog.Listings;
import io.trendscout.product.catalog.ProductDetail;
import io.trendscout.product.catalog.ProductNotFound;
import io.trendscout.product.catalog.Products;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A product's detail page; a signed-in viewer counts as a view and is published as {@code VIEWED}. */
@Service
class ProductPages {

    private final Products products;
    private final Listings listings;
    private final EventPublisher events;

    ProductPages(Products products, Listings listings, EventPublisher events) {
        this.products = products;
        this.listings = listings;
        this.events = events;
    }

    @Transactional
    public ProductView show(UUID id, Optional<UUID> viewer) {
        ProductDetail product = products.findActive(id).orElseThrow(() -> new ProductNotFound(id));
        viewer.ifPresent(user -> {
            products.countView(id);
            events.publish(new ProductInteracted(user, id, ProductInteracted.Kind.VIEWED, products.now()));
        });
        return ProductView.of(product.visibleTo(viewer), listings.forProduct(id));
    }
}
