package io.trendscout.recommendation.interactions;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.recommendation.erasure.ErasedUsers;
import io.trendscout.recommendation.ranking.Interaction;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records product interactions once per event id; a UserErased deletes the user's interactions and preferences at
 * once (the trained model, item-to-item only, holds no user) and leaves a tombstone, so later events of that user
 * store nothing.
 */
@Component
class InteractionListeners {

    private final EventInbox inbox;
    private final JsonMapper json;
    private final Interactions interactions;
    private final ErasedUsers erased;

    InteractionListeners(EventInbox inbox, JsonMapper json, Interactions interactions, ErasedUsers erased) {
        this.inbox = inbox;
        this.json = json;
        this.interactions = interactions;
        this.erased = erased;
    }

    @KafkaListener(topics = "product.product-interacted.v1")
    void onInteraction(String value) {
        inbox.handleOnce("product-interacted", ReceivedEvent.parse(value, json), event -> {
            ProductInteracted p = event.payloadAs(ProductInteracted.class);
            if (p.userId() == null || p.productId() == null || p.kind() == null) {
                throw new MalformedEvent("ProductInteracted lacks user, product or kind");
            }
            if (erased.contains(p.userId())) {
                return; // arrived after the user's erasure
            }
            interactions.record(new Interaction(p.userId(), p.productId(), Interaction.Kind.valueOf(p.kind().name()),
                    p.at() == null ? event.occurredAt() : p.at()));
        });
    }

    @KafkaListener(topics = "identity.user-erased.v1", groupId = "recommendation-service-interactions")
    void onUserErased(String value) {
        inbox.handleOnce("user-erased-interactions", ReceivedEvent.parse(value, json), event -> {
            UserErased user = event.payloadAs(UserErased.class);
            if (user.userId() == null) {
                throw new MalformedEvent("UserErased lacks userId");
            }
            erased.add(user.userId(), user.erasedAt());
            interactions.erase(user.userId());
        });
    }
}
