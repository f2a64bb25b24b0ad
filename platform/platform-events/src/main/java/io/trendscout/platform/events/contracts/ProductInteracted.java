package io.trendscout.platform.events.contracts;

import java.time.Instant;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.EventType;
import io.trendscout.platform.events.EventTypes;

/** A user viewed, saved, unsaved or collected a catalog product (for recommendations and analytics). */
public record ProductInteracted(UUID userId, UUID productId, Kind kind, Instant at) implements EventPayload {

    public enum Kind { VIEWED, SAVED, UNSAVED, ADDED_TO_COLLECTION }

    @Override
    public EventType eventType() {
        return EventTypes.PRODUCT_INTERACTED;
    }

    @Override
    public String subject() {
        return productId.toString();
    }
}
