package io.trendscout.platform.events;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the platform; the JSON Schemas in {@code events/} describe their payloads. */
public final class EventTypes {

    public static final EventType PRODUCT_SYNCED = new EventType("shop-sync", "ProductSynced", "product-synced", 1);
    public static final EventType TREND_DETECTED = new EventType("trend", "TrendDetected", "trend-detected", 1);
    /** Schema 2 added the per-video data ({@code videos}, {@code deletedVideoIds}) on the same topic. */
    public static final EventType STATS_FETCHED = new EventType("tiktok", "StatsFetched", "stats-fetched", 1, 2);
    public static final EventType USER_ERASED = new EventType("identity", "UserErased", "user-erased", 1);
    public static final EventType PRODUCT_INTERACTED = new EventType("product", "ProductInteracted", "product-interacted", 1);
    public static final EventType USER_PREFERENCES_CHANGED = new EventType("identity", "UserPreferencesChanged",
            "user-preferences-changed", 1);
    public static final EventType PRODUCT_REMOVED = new EventType("product", "ProductRemoved", "product-removed", 1);
    public static final EventType SESSION_REVOKED = new EventType("identity", "SessionRevoked", "session-revoked", 1);

    public static final List<EventType> ALL = List.of(PRODUCT_SYNCED, TREND_DETECTED, STATS_FETCHED, USER_ERASED,
            PRODUCT_INTERACTED, USER_PREFERENCES_CHANGED, SESSION_REVOKED,
            PRODUCT_REMOVED);

    private static final Map<String, EventType> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    public static EventType byName(String name) {
        EventType type = BY_NAME.get(name);
        if (type == null) {
            throw new IllegalArgumentException("Unknown event type " + name);
        }
        return type;
    }
}
