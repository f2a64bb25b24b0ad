package io.trendscout.platform.events.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.EventType;
import io.trendscout.platform.events.EventTypes;

/**
 * One changed (or deleted) product version on a merchant's sales channel, normalized across
 * Shopify, Amazon and Kaufland. {@code sourceUpdatedAt} orders versions: last writer wins.
 */
public record ProductSynced(
        UUID merchantId,
        UUID connectionId,
        String channel,
        String externalId,
        String sku,
        String title,
        String description,
        List<String> images,
        BigDecimal price,
        String currency,
        Integer stock,
        String status,
        String gtin,
        boolean deleted,
        Instant sourceUpdatedAt) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventTypes.PRODUCT_SYNCED;
    }

    @Override
    public String subject() {
        return channel + ":" + externalId;
    }
}
