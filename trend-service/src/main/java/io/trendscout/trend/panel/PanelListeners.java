package io.trendscout.trend.panel;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.EventTypes;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.UserErased;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the panel: {@code StatsFetched} (schema 2 carries the videos) and, for privacy,
 * {@code UserErased}. Each event is applied once (inbox, same transaction as its effects); a
 * failure is shown in source health and the event retried.
 */
@Component
class PanelListeners {

    static final String STATS_CONSUMER = "trend-service.creator-panel";
    static final String ERASED_CONSUMER = "trend-service.creator-panel-erased";

    private final EventInbox inbox;
    private final CreatorPanel panel;
    private final JsonMapper json;

    PanelListeners(EventInbox inbox, CreatorPanel panel, JsonMapper json) {
        this.inbox = inbox;
        this.panel = panel;
        this.json = json;
    }

    @KafkaListener(topics = "tiktok.stats-fetched.v1")
    void onStatsFetched(String value) {
        try {
            ReceivedEvent event = ReceivedEvent.parse(value, json);
            if (!EventTypes.STATS_FETCHED.name().equals(event.type())) {
                return;
            }
            AtomicReference<CreatorPanel.Applied> applied = new AtomicReference<>();
            inbox.handleOnce(STATS_CONSUMER, event, e -> {
                StatsFetched stats = e.payloadAs(StatsFetched.class);
                applied.set(panel.apply(creator(e, stats), stats));
            });
            if (applied.get() != null) {
                panel.delivered(applied.get());
            }
        } catch (RuntimeException ex) {
            panel.failed("StatsFetched: " + ex.getMessage());
            throw ex;
        }
    }

    /** Its own group: every consumer of the erasure in this service must see every event. */
    @KafkaListener(topics = "identity.user-erased.v1", groupId = "trend-service-creator-panel")
    void onUserErased(String value) {
        ReceivedEvent event = ReceivedEvent.parse(value, json);
        if (!EventTypes.USER_ERASED.name().equals(event.type())) {
            return;
        }
        AtomicReference<CreatorPanel.Applied> applied = new AtomicReference<>();
        inbox.handleOnce(ERASED_CONSUMER, event, e -> {
            UserErased erased = e.payloadAs(UserErased.class);
            if (erased.userId() == null) {
                throw new MalformedEvent("UserErased lacks userId");
            }
            applied.set(panel.erase(erased.userId(), erased.erasedAt()));
        });
        if (applied.get() != null) {
            panel.delivered(applied.get());
        }
    }

    /** The creator is the user the event is about: its subject (the Kafka key), else the payload's userId. */
    private static UUID creator(ReceivedEvent event, StatsFetched stats) {
        if (!event.subject().isBlank()) {
            try {
                return UUID.fromString(event.subject());
            } catch (IllegalArgumentException ex) {
                throw new MalformedEvent("StatsFetched subject is not a user id");
            }
        }
        if (stats.userId() == null) {
            throw new MalformedEvent("StatsFetched lacks the user id");
        }
        return stats.userId();
    }
}
