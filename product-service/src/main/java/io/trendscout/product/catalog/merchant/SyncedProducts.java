package io.trendscout.product.catalog.merchant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.product.catalog.Channel;
import io.trendscout.product.catalog.ErasedMerchants;
import io.trendscout.product.catalog.Listing;
import io.trendscout.product.catalog.Listings;
import io.trendscout.product.catalog.Price;
import io.trendscout.product.catalog.ProductDraft;
import io.trendscout.product.catalog.Products;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a channel's product versions to the catalog: upsert by (merchant, channel, external id),
 * last writer wins by the source's own update time, so duplicates and late arrivals change
 * nothing; a deletion tombstones the listing and archives the product once no channel lists it.
 */
@Service
class SyncedProducts {

    enum Outcome { CREATED, UPDATED, DELETED, STALE }

    private final Products products;
    private final Listings listings;
    private final ErasedMerchants erased;

    SyncedProducts(Products products, Listings listings, ErasedMerchants erased) {
        this.products = products;
        this.listings = listings;
        this.erased = erased;
    }

    @Transactional
    public Outcome apply(ProductSynced event) {
        Channel channel = validate(event);
        if (erased.isErased(event.merchantId())) {
            return Outcome.STALE;
        }
        var existing = listings.lockBySource(event.merchantId(), channel, event.externalId());
        if (existing.isPresent()) {
            Listing current = existing.get();
            if (current.sourceUpdatedAt() != null && !event.sourceUpdatedAt().isAfter(current.sourceUpdatedAt())) {
                return Outcome.STALE;
            }
            listings.updateSynced(current.id(), listing(event, channel, current.productId(), current.id()));
            return event.deleted() ? archiveIfUnlisted(current.productId()) : refresh(current.productId(), event);
        }
        UUID productId = event.deleted() || event.gtin() == null ? null
                : products.findByGtin(event.merchantId(), event.gtin()).orElse(null);
        boolean created = productId == null;
        if (created) {
            productId = UUID.randomUUID();
            products.insert(productId, draft(event), event.merchantId(), products.now());
        }
        if (!listings.insertSynced(listing(event, channel, productId, UUID.randomUUID()))) {
            throw new IllegalStateException("Concurrent sync of " + event.subject() + "; retried");
        }
        if (event.deleted()) {
            return archiveIfUnlisted(productId);
        }
        if (!created) {
            refresh(productId, event);
        }
        return created ? Outcome.CREATED : Outcome.UPDATED;
    }

    private Outcome refresh(UUID productId, ProductSynced e) {
        products.applySource(productId, name(e), ShopText.plain(e.description()), ShopText.images(e.images()), e.price(),
                currency(e));
        return Outcome.UPDATED;
    }

    private Outcome archiveIfUnlisted(UUID productId) {
        if (!listings.hasLiveListings(productId)) {
            products.setStatus(productId, "ARCHIVED");
        }
        return Outcome.DELETED;
    }

    static ProductDraft draft(ProductSynced e) {
        BigDecimal price = e.price() == null ? BigDecimal.ZERO : e.price();
        String currency = e.currency() == null ? "EUR" : currency(e);
        return new ProductDraft(name(e), ShopText.plain(e.description()), ShopText.images(e.images()), List.of(), null,
                List.of(), new Price(null, price, currency), null, null);
    }

    static Listing listing(ProductSynced e, Channel channel, UUID productId, UUID id) {
        return new Listing(id, productId, e.merchantId(), channel, e.externalId(), e.connectionId(),
                ShopText.line(e.sku()), e.stock(), e.price(), e.currency() == null ? null : currency(e),
                ShopText.line(e.status()), e.gtin(), e.deleted(), e.sourceUpdatedAt(), Instant.now());
    }

    /** The shop's title as plain text; the external id when nothing is left of it. */
    private static String name(ProductSynced e) {
        String title = ShopText.line(e.title());
        return title == null || title.isEmpty() ? ShopText.line(e.externalId()) : title;
    }

    private static String currency(ProductSynced e) {
        return e.currency().trim().toUpperCase(Locale.ROOT);
    }

    /** An event that can never be applied is malformed: it goes to the dead-letter topic, not into retries. */
    static Channel validate(ProductSynced e) {
        if (e.merchantId() == null || blank(e.channel()) || blank(e.externalId()) || e.sourceUpdatedAt() == null) {
            throw new MalformedEvent("ProductSynced lacks merchantId, channel, externalId or sourceUpdatedAt");
        }
        Channel channel = Channel.parse(e.channel())
                .orElseThrow(() -> new MalformedEvent("ProductSynced has an unknown channel"));
        if (e.deleted()) {
            return channel;
        }
        if (blank(e.title()) || e.price() == null || e.price().signum() < 0 || blank(e.currency())) {
            throw new MalformedEvent("ProductSynced lacks a title, a non-negative price or a currency");
        }
        try {
            Currency.getInstance(e.currency().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new MalformedEvent("ProductSynced has an unknown currency");
        }
        if (e.stock() != null && e.stock() < 0) {
            throw new MalformedEvent("ProductSynced has a negative stock");
        }
        return channel;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
