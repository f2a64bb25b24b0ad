package io.trendscout.product.catalog.trends;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.TrendDetected;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Consumes trend-service's detections, once per event id. */
@Component
class TrendDetectedListener {

    private final EventInbox inbox;
    private final TrendMatches matches;
    private final JsonMapper json;

    TrendDetectedListener(EventInbox inbox, TrendMatches matches, JsonMapper json) {
        this.inbox = inbox;
        this.matches = matches;
        this.json = json;
    }

    @KafkaListener(topics = "trend.trend-detected.v1")
    void on(String value) {
        inbox.handleOnce("trend-detected", ReceivedEvent.parse(value, json),
                event -> matches.apply(event.payloadAs(TrendDetected.class)));
    }
}
