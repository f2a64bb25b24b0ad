package io.trendscout.tiktok.connection;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.UserErased;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** GDPR: a user erased on the platform loses their TikTok tokens, snapshots, videos and shop data here. */
@Component
class UserErasedListener {

    private final EventInbox inbox;
    private final Connections connections;
    private final JsonMapper json;

    UserErasedListener(EventInbox inbox, Connections connections, JsonMapper json) {
        this.inbox = inbox;
        this.connections = connections;
        this.json = json;
    }

    @KafkaListener(topics = "identity.user-erased.v1")
    void on(String value) {
        ReceivedEvent event = ReceivedEvent.parse(value, json);
        inbox.handleOnce("tiktok-user-erased", event, e -> connections.eraseUser(e.payloadAs(UserErased.class).userId()));
    }
}
