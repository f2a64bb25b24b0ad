package io.trendscout.platform.events.contracts;

import java.time.Instant;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.EventType;
import io.trendscout.platform.events.EventTypes;

/**
 * A merchant's product left the platform: its merchant deleted it or the merchant's account was
 * erased. Services that keep anything of the product (aggregates, a catalog copy, interactions)
 * delete it.
 */
public record ProductRemoved(UUID productId, UUID merchantId, Instant removedAt, Reason reason) implements EventPayload {

    public enum Reason { DELETED, MERCHANT_ERASED }

    @Override
    public EventType eventType() {
        return EventTypes.PRODUCT_REMOVED;
    }

    @Override
    public String subject() {
        return productId.toString();
    }
}
