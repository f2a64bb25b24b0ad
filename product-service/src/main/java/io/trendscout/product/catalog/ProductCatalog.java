package io.trendscout.product.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the catalog: whether a product exists, how to show a list of them. */
@Service
public class ProductCatalog {

    private final Products products;
    private final Listings listings;

    ProductCatalog(Products products, Listings listings) {
        this.products = products;
        this.listings = listings;
    }

    /** Fails with {@link ProductNotFound} unless the product exists and is active. */
    public void requireActive(UUID productId) {
        if (!products.isActive(productId)) {
            throw new ProductNotFound(productId);
        }
    }

    /** Summaries of the active products among the ids, in the order of the ids, as the viewer may see them. */
    public List<ProductSummary> summaries(Collection<UUID> ids, Optional<UUID> viewer) {
        Map<UUID, ProductSummary> byId = products.findActive(ids).stream()
                .map(p -> p.visibleTo(viewer).summary())
                .collect(Collectors.toMap(ProductSummary::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public void changeSaveCount(UUID productId, int delta) {
        products.changeSaveCount(productId, delta);
    }

    /** Deletes a merchant's products with their listings (GDPR erasure). */
    @Transactional
    public int eraseMerchant(UUID merchantId) {
        listings.deleteByMerchant(merchantId);
        return products.deleteByMerchant(merchantId);
    }
}
