package io.trendscout.shopsync.channel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A product as a channel lists it, normalized across channels. */
public record ChannelProduct(String externalId, String sku, String title, String description, List<String> images,
        BigDecimal price, String currency, Integer stock, String status, String gtin, Instant updatedAt) {
}
