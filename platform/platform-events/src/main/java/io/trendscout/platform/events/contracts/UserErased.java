package io.trendscout.platform.events.contracts;

import java.time.Instant;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.EventType;
import io.trendscout.platform.events.EventTypes;

/** A user deleted their account (GDPR): every service erases that user's personal data. */
public record UserErased(UUID userId, Instant erasedAt) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventTypes.USER_ERASED;
    }

    @Override
    public String subject() {
        return userId.toString();
    }
}
