package io.trendscout.product.catalog.search;

import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.product.catalog.Listings;
import io.trendscout.product.catalog.ProductDetail;
import io.trendscout.product.catalog.ProductNotFound;
import io.trendscout.product.catalog.Products;
import io.trendscout.product.catalog.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A product's detail page. A signed-in viewer of a product in the shared catalog counts as a view and is published as
 * {@code VIEWED}, unless the caller says the read is no view (a service looking the product up on the user's behalf,
 * with the user's token: all it can do is leave out that user's own view).
 */
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
    public ProductView show(UUID id, Viewer viewer, boolean countView) {
        ProductDetail product = products.findActive(id).filter(p -> p.visibleTo(viewer))
                .orElseThrow(() -> new ProductNotFound(id));
        if (countView && product.published()) {
            viewer.id().ifPresent(user -> {
                products.countView(id);
                events.publish(new ProductInteracted(user, id, ProductInteracted.Kind.VIEWED, products.now()));
            });
        }
        return ProductView.of(product.shownTo(viewer), listings.forProduct(id));
    }
}
