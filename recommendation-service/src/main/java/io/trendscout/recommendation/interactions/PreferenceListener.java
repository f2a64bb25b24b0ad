package io.trendscout.recommendation.interactions;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.UserPreferencesChanged;
import io.trendscout.recommendation.erasure.ErasedUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The niches users chose in their profile (UserPreferencesChanged): replaces the user's profile niches once per event
 * id, last writer wins by {@code changedAt}. A payload without user, niche list or time goes to the dead-letter topic.
 */
@Component
class PreferenceListener {

    private static final Logger log = LoggerFactory.getLogger(PreferenceListener.class);

    private final EventInbox inbox;
    private final JsonMapper json;
    private final Interactions interactions;
    private final ErasedUsers erased;

    PreferenceListener(EventInbox inbox, JsonMapper json, Interactions interactions, ErasedUsers erased) {
        this.inbox = inbox;
        this.json = json;
        this.interactions = interactions;
        this.erased = erased;
    }

    @KafkaListener(topics = "identity.user-preferences-changed.v1", groupId = "recommendation-service-preferences")
    void onPreferencesChanged(String value) {
        inbox.handleOnce("user-preferences-changed", ReceivedEvent.parse(value, json), event -> {
            UserPreferencesChanged p = event.payloadAs(UserPreferencesChanged.class);
            if (p.userId() == null || p.niches() == null || p.changedAt() == null) {
                throw new MalformedEvent("UserPreferencesChanged lacks userId, niches or changedAt");
            }
            if (erased.contains(p.userId())) {
                return; // arrived after the user's erasure
            }
            if (!interactions.replaceProfileNiches(p.userId(), p.niches(), p.changedAt())) {
                log.debug("Ignored profile niches of {} changed at {}: a newer list is stored", p.userId(), p.changedAt());
            }
        });
    }
}
