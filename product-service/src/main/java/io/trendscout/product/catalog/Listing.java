package io.trendscout.product.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product's listing on one sales channel: SKU, stock and price there; synced ones carry their external id. */
public record Listing(UUID id, UUID productId, UUID merchantId, Channel channel, String externalId, UUID connectionId,
        String sku, Integer stock, BigDecimal price, String currency, String status, String gtin, boolean deleted,
        Instant sourceUpdatedAt, Instant updatedAt) {
}
