package io.trendscout.product.catalog.merchant;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.ProductSynced;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Consumes shop-sync's product versions, once per event id. */
@Component
class ProductSyncedListener {

    static final String TOPIC = "shop-sync.product-synced.v1";

    private final EventInbox inbox;
    private final SyncedProducts synced;
    private final JsonMapper json;

    ProductSyncedListener(EventInbox inbox, SyncedProducts synced, JsonMapper json) {
        this.inbox = inbox;
        this.synced = synced;
        this.json = json;
    }

    @KafkaListener(topics = TOPIC)
    void on(String value) {
        inbox.handleOnce("product-synced", ReceivedEvent.parse(value, json),
                event -> synced.apply(event.payloadAs(ProductSynced.class)));
    }
}
