package io.trendscout.product.erasure;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.product.catalog.ProductCatalog;
import io.trendscout.product.collections.Collections;
import io.trendscout.product.saved.SavedProducts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Erases everything of a deleted account in one transaction with the inbox marker. */
@Component
class UserErasedListener {

    private static final Logger log = LoggerFactory.getLogger(UserErasedListener.class);

    private final EventInbox inbox;
    private final SavedProducts saved;
    private final Collections collections;
    private final ProductCatalog catalog;
    private final JsonMapper json;

    UserErasedListener(EventInbox inbox, SavedProducts saved, Collections collections, ProductCatalog catalog,
            JsonMapper json) {
        this.inbox = inbox;
        this.saved = saved;
        this.collections = collections;
        this.catalog = catalog;
        this.json = json;
    }

    @KafkaListener(topics = "identity.user-erased.v1")
    void on(String value) {
        inbox.handleOnce("user-erased", ReceivedEvent.parse(value, json), event -> {
            UserErased erased = event.payloadAs(UserErased.class);
            if (erased.userId() == null) {
                throw new MalformedEvent("UserErased lacks userId");
            }
            int savedCount = saved.erase(erased.userId());
            int collectionCount = collections.erase(erased.userId());
            int productCount = catalog.eraseMerchant(erased.userId());
            log.info("Erased user data: {} saved, {} collections, {} merchant products", savedCount, collectionCount,
                    productCount);
        });
    }
}
