package io.trendscout.product.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.ProductRemoved;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the catalog: whether a product exists, how to show a list of them. */
@Service
public class ProductCatalog {

    private final Products products;
    private final Listings listings;

    private final EventPublisher events;
    private final ErasedMerchants erased;

    ProductCatalog(Products products, Listings listings, EventPublisher events, ErasedMerchants erased) {
        this.products = products;
        this.listings = listings;
        this.events = events;
        this.erased = erased;
    }

    /**
     * Fails with {@link ProductNotFound} unless the product exists, is active and the user may see it (it is in the
     * shared catalog or the user's own).
     */
    public void requireVisible(UUID productId, UUID userId) {
        if (!products.isVisible(productId, userId)) {
            throw new ProductNotFound(productId);
        }
    }

    /**
     * Whether interactions with the product may be published: only products of the shared catalog are; a merchant's
     * private product must not reach feeds, recommendations or analytics that others see.
     */
    public boolean isShared(UUID productId) {
        return products.find(productId).map(ProductDetail::published).orElse(false);
    }

    /** Summaries of the active products among the ids the viewer may see, in the order of the ids, as shown to them. */
    public List<ProductSummary> summaries(Collection<UUID> ids, Viewer viewer) {
        Map<UUID, ProductSummary> byId = products.findActive(ids).stream()
                .filter(p -> p.visibleTo(viewer))
                .map(p -> p.shownTo(viewer).summary())
                .collect(Collectors.toMap(ProductSummary::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public void changeSaveCount(UUID productId, int delta) {
        products.changeSaveCount(productId, delta);
    }

    /**
     * Deletes a merchant's products with their listings (GDPR erasure) and tells the services that keep anything of
     * them ({@code ProductRemoved}, in the same transaction).
     */
    @Transactional
    public int eraseMerchant(UUID merchantId) {
        erased.remember(merchantId);
        listings.deleteByMerchant(merchantId);
        List<UUID> removed = products.deleteByMerchant(merchantId);
        Instant now = products.now();
        removed.forEach(id -> events.publish(
                new ProductRemoved(id, merchantId, now, ProductRemoved.Reason.MERCHANT_ERASED)));
        return removed.size();
    }
}
