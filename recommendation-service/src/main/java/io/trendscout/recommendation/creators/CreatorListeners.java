package io.trendscout.recommendation.creators;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.UserErased;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Creator stats from StatsFetched; UserErased deletes the creator's stats. */
@Component
class CreatorListeners {

    private final EventInbox inbox;
    private final JsonMapper json;
    private final Creators creators;

    CreatorListeners(EventInbox inbox, JsonMapper json, Creators creators) {
        this.inbox = inbox;
        this.json = json;
        this.creators = creators;
    }

    @KafkaListener(topics = "tiktok.stats-fetched.v1")
    void onStats(String value) {
        inbox.handleOnce("stats-fetched", ReceivedEvent.parse(value, json), event -> {
            StatsFetched stats = event.payloadAs(StatsFetched.class);
            if (stats.userId() == null) {
                throw new MalformedEvent("StatsFetched lacks userId");
            }
            creators.apply(stats);
        });
    }

    @KafkaListener(topics = "identity.user-erased.v1", groupId = "recommendation-service-creators")
    void onUserErased(String value) {
        inbox.handleOnce("user-erased-creators", ReceivedEvent.parse(value, json),
                event -> creators.erase(event.payloadAs(UserErased.class).userId()));
    }
}
