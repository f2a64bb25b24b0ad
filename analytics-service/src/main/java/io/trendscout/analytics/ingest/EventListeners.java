package io.trendscout.analytics.ingest;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.TrendDetected;
import io.trendscout.platform.events.contracts.UserErased;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** One listener per platform topic; each event is applied once (inbox by event id, same transaction). */
@Component
class EventListeners {

    private final EventInbox inbox;
    private final Aggregates aggregates;
    private final JsonMapper json;

    EventListeners(EventInbox inbox, Aggregates aggregates, JsonMapper json) {
        this.inbox = inbox;
        this.aggregates = aggregates;
        this.json = json;
    }

    @KafkaListener(topics = "product.product-interacted.v1")
    void interacted(String value) {
        inbox.handleOnce("analytics-interactions", ReceivedEvent.parse(value, json), event -> {
            ProductInteracted payload = event.payloadAs(ProductInteracted.class);
            require(payload.userId() != null && payload.productId() != null && payload.kind() != null, "ProductInteracted");
            aggregates.interaction(payload, event.occurredAt());
        });
    }

    @KafkaListener(topics = "trend.trend-detected.v1")
    void trendDetected(String value) {
        inbox.handleOnce("analytics-trends", ReceivedEvent.parse(value, json), event -> {
            TrendDetected payload = event.payloadAs(TrendDetected.class);
            require(payload.trendId() != null, "TrendDetected");
            aggregates.trend(payload, event.occurredAt());
        });
    }

    @KafkaListener(topics = "tiktok.stats-fetched.v1")
    void statsFetched(String value) {
        inbox.handleOnce("analytics-tiktok", ReceivedEvent.parse(value, json), event -> {
            StatsFetched payload = event.payloadAs(StatsFetched.class);
            require(payload.userId() != null, "StatsFetched");
            aggregates.stats(payload, event.occurredAt());
        });
    }

    @KafkaListener(topics = "shop-sync.product-synced.v1")
    void productSynced(String value) {
        inbox.handleOnce("analytics-sync", ReceivedEvent.parse(value, json), event -> {
            ProductSynced payload = event.payloadAs(ProductSynced.class);
            require(payload.merchantId() != null && payload.channel() != null, "ProductSynced");
            aggregates.synced(payload, event.occurredAt());
        });
    }

    @KafkaListener(topics = "identity.user-erased.v1")
    void userErased(String value) {
        inbox.handleOnce("analytics-erasure", ReceivedEvent.parse(value, json), event -> {
            UserErased payload = event.payloadAs(UserErased.class);
            require(payload.userId() != null, "UserErased");
            aggregates.erase(payload);
        });
    }

    private static void require(boolean valid, String type) {
        if (!valid) {
            throw new MalformedEvent(type + " lacks a required field");
        }
    }
}
