package io.trendscout.analytics.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the events of one poll in a single transaction instead of one per event (the commit was
 * the cost per event). Each event still goes through the inbox, so a redelivered or repeated one
 * counts once. A malformed event splits the batch: the events before it are committed, then the
 * container's error handler sends it to the dead-letter topic and goes on with the rest.
 */
@Component
class EventBatches {

    private final EventInbox inbox;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    EventBatches(EventInbox inbox, TransactionTemplate transactions, JsonMapper json) {
        this.inbox = inbox;
        this.transactions = transactions;
        this.json = json;
    }

    <T> void apply(String consumer, List<String> values, Class<T> type, Predicate<T> valid,
            BiConsumer<ReceivedEvent, T> handler) {
        List<ReceivedEvent> events = new ArrayList<>(values.size());
        MalformedEvent malformed = null;
        for (String value : values) {
            try {
                ReceivedEvent event = ReceivedEvent.parse(value, json);
                if (!valid.test(event.payloadAs(type))) {
                    throw new MalformedEvent(type.getSimpleName() + " lacks a required field");
                }
                events.add(event);
            } catch (MalformedEvent ex) {
                malformed = ex;
                break;
            }
        }
        if (!events.isEmpty()) {
            transactions.executeWithoutResult(status -> events.forEach(event ->
                    inbox.handleOnce(consumer, event, e -> handler.accept(e, e.payloadAs(type)))));
        }
        if (malformed != null) {
            throw new BatchListenerFailedException(malformed.getMessage(), malformed, events.size());
        }
    }
}
