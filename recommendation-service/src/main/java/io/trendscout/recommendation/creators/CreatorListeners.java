package io.trendscout.recommendation.creators;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.recommendation.erasure.ErasedUsers;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Creator stats from StatsFetched; UserErased deletes the creator's stats and leaves a tombstone against late stats. */
@Component
class CreatorListeners {

    private final EventInbox inbox;
    private final JsonMapper json;
    private final Creators creators;
    private final ErasedUsers erased;

    CreatorListeners(EventInbox inbox, JsonMapper json, Creators creators, ErasedUsers erased) {
        this.inbox = inbox;
        this.json = json;
        this.creators = creators;
        this.erased = erased;
    }

    @KafkaListener(topics = "tiktok.stats-fetched.v1")
    void onStats(String value) {
        inbox.handleOnce("stats-fetched", ReceivedEvent.parse(value, json), event -> {
            StatsFetched stats = event.payloadAs(StatsFetched.class);
            if (stats.userId() == null) {
                throw new MalformedEvent("StatsFetched lacks userId");
            }
            if (erased.contains(stats.userId())) {
                return; // arrived after the creator's erasure
            }
            creators.apply(stats);
        });
    }

    @KafkaListener(topics = "identity.user-erased.v1", groupId = "recommendation-service-creators")
    void onUserErased(String value) {
        inbox.handleOnce("user-erased-creators", ReceivedEvent.parse(value, json), event -> {
            UserErased user = event.payloadAs(UserErased.class);
            if (user.userId() == null) {
                throw new MalformedEvent("UserErased lacks userId");
            }
            erased.add(user.userId(), user.erasedAt());
            creators.erase(user.userId());
        });
    }
}
