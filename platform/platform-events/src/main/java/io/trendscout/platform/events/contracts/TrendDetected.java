package io.trendscout.platform.events.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.EventType;
import io.trendscout.platform.events.EventTypes;

/** A trend appeared or changed level or lifecycle. */
public record TrendDetected(
        UUID trendId,
        String trendType,
        String name,
        String category,
        String region,
        int score,
        String level,
        String direction,
        String lifecycle,
        List<String> relatedHashtags,
        Instant firstDetected,
        Instant peakDate) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventTypes.TREND_DETECTED;
    }

    @Override
    public String subject() {
        return trendId.toString();
    }
}
