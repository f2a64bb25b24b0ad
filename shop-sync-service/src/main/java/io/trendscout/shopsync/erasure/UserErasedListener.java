package io.trendscout.shopsync.erasure;

import java.time.Instant;
import java.util.List;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.shopsync.connection.ShopConnections;
import io.trendscout.shopsync.sync.SyncErasure;
import io.trendscout.shopsync.webhook.WebhookErasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erases everything of a deleted account in one transaction with the inbox marker: sync jobs first (a running sync
 * stops at its next page), then the connections with their credentials and product versions, then the stored
 * webhooks of shops nobody else is connected to. A tombstone (id, time) keeps the still-valid token from connecting
 * again. No webhooks are registered at the channels (Shopify's are configured in the app), so none are deregistered.
 */
@Component
class UserErasedListener {

    private static final Logger log = LoggerFactory.getLogger(UserErasedListener.class);

    private final EventInbox inbox;
    private final SyncErasure syncs;
    private final ShopConnections connections;
    private final WebhookErasure webhooks;
    private final JsonMapper json;

    UserErasedListener(EventInbox inbox, SyncErasure syncs, ShopConnections connections, WebhookErasure webhooks,
            JsonMapper json) {
        this.inbox = inbox;
        this.syncs = syncs;
        this.connections = connections;
        this.webhooks = webhooks;
        this.json = json;
    }

    @KafkaListener(topics = "identity.user-erased.v1")
    void on(String value) {
        inbox.handleOnce("user-erased", ReceivedEvent.parse(value, json), event -> {
            UserErased erased = event.payloadAs(UserErased.class);
            if (erased.userId() == null) {
                throw new MalformedEvent("UserErased lacks userId");
            }
            int jobs = syncs.erase(erased.userId());
            List<String> shops = connections.erase(erased.userId(), erased.erasedAt() == null ? Instant.now() : erased.erasedAt());
            int deliveries = webhooks.forgetShops(shops);
            log.info("Erased user data: {} sync jobs, {} webhook deliveries of {} shops", jobs, deliveries, shops.size());
        });
    }
}
