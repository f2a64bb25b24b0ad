package io.trendscout.aigenerator.usage;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.UserErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** GDPR: deletes a deleted account's history and quota counters, once per event. */
@Component
class UserErasedListener {

    private static final Logger log = LoggerFactory.getLogger(UserErasedListener.class);

    private final EventInbox inbox;
    private final History history;
    private final Quotas quotas;
    private final JsonMapper json;

    UserErasedListener(EventInbox inbox, History history, Quotas quotas, JsonMapper json) {
        this.inbox = inbox;
        this.history = history;
        this.quotas = quotas;
        this.json = json;
    }

    @KafkaListener(topics = "identity.user-erased.v1")
    void on(String value) {
        inbox.handleOnce("user-erased", ReceivedEvent.parse(value, json), event -> {
            UserErased erased = event.payloadAs(UserErased.class);
            if (erased.userId() == null) {
                throw new MalformedEvent("UserErased lacks userId");
            }
            int generations = history.erase(erased.userId());
            int counters = quotas.erase(erased.userId());
            log.info("Erased user data: {} generations, {} quota counters", generations, counters);
        });
    }
}
