package io.trendscout.platform.events.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.EventType;
import io.trendscout.platform.events.EventTypes;

/**
 * A user's niche preferences changed: {@code niches} is the complete new list (replaces the previous one, may be
 * empty), primary niche first, then the secondary niches in the user's order. Consumers keep the newest by
 * {@code changedAt}.
 */
public record UserPreferencesChanged(UUID userId, List<String> niches, Instant changedAt) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventTypes.USER_PREFERENCES_CHANGED;
    }

    @Override
    public String subject() {
        return userId.toString();
    }
}
