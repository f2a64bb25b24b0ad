package io.trendscout.product.catalog.merchant;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.ProductRemoved;
import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.product.catalog.Channel;
import io.trendscout.product.catalog.Listings;
import io.trendscout.product.catalog.ProductDetail;
import io.trendscout.product.catalog.ProductDraft;
import io.trendscout.product.catalog.ProductNotFound;
import io.trendscout.product.catalog.Products;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A merchant's own products: each call acts on the caller's products only (others' look absent). */
@Service
class MerchantProducts {

    private final Products products;
    private final Listings listings;

    private final EventPublisher events;

    MerchantProducts(Products products, Listings listings, EventPublisher events) {
        this.products = products;
        this.listings = listings;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<MerchantProductView> mine(UUID merchantId) {
        return products.findByMerchant(merchantId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public MerchantProductView get(UUID id) {
        return view(owned(id));
    }

    @Transactional
    public MerchantProductView create(UUID merchantId, ProductDraft draft, boolean published) {
        requireCurrency("price.currency", draft.price().currency());
        UUID id = UUID.randomUUID();
        products.insert(id, draft, merchantId, published, products.now());
        return get(id);
    }

    @Transactional
    /** Replaces the product; {@code published} null keeps whether it is in the shared catalog. */
    public MerchantProductView update(UUID id, ProductDraft draft, Boolean published) {
        requireCurrency("price.currency", draft.price().currency());
        owned(id);
        products.update(id, draft);
        if (published != null) {
            products.setPublished(id, published);
        }
        return get(id);
    }

    /** Deletes the product and tells the services that keep anything of it ({@code ProductRemoved}). */
    @Transactional
    public void delete(UUID id) {
        ProductDetail product = owned(id);
        products.delete(id);
        events.publish(new ProductRemoved(id, product.merchantId(), products.now(), ProductRemoved.Reason.DELETED));
    }

    @Transactional
    public MerchantProductView putListing(UUID id, String channelName, ListingRequest request) {
        Channel channel = channel(channelName);
        requireCurrency("currency", request.currency());
        ProductDetail product = owned(id);
        listings.putManual(id, product.merchantId(), channel, request.sku(), request.stock(), request.price(),
                request.currency().toUpperCase(Locale.ROOT), products.now());
        return get(id);
    }

    @Transactional
    public void removeListing(UUID id, String channelName) {
        Channel channel = channel(channelName);
        owned(id);
        if (!listings.removeManual(id, channel)) {
            throw new ProductNotFound(id);
        }
    }

    private ProductDetail owned(UUID id) {
        ProductDetail product = products.find(id).filter(p -> p.merchantId() != null)
                .orElseThrow(() -> new ProductNotFound(id));
        CurrentUser.requireOwner(product.merchantId());
        return product;
    }

    private MerchantProductView view(ProductDetail product) {
        return MerchantProductView.of(product, listings.forProduct(product.id()));
    }

    private static Channel channel(String name) {
        return Channel.parse(name).orElseThrow(() -> new InvalidRequest("channel",
                "channel must be one of shopify, amazon, kaufland, tiktok-shop"));
    }

    private static void requireCurrency(String field, String code) {
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new InvalidRequest(field, "currency must be an ISO 4217 code such as EUR");
        }
    }
}
