package io.trendscout.platform.events;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes events through the transactional outbox: the envelope is recorded in the service's
 * own {@code event_publication} table inside the business transaction and sent to Kafka after
 * commit; unsent ones are retried until Kafka takes them (see {@link OutboxRelay}).
 */
public class EventPublisher {

    private final ApplicationEventPublisher publisher;
    private final String producer;
    private final Clock clock;

    public EventPublisher(ApplicationEventPublisher publisher, String producer, Clock clock) {
        this.publisher = publisher;
        this.producer = producer;
        this.clock = clock;
    }

    /** Must run inside a transaction: an event without its committed state must not exist. */
    public EventEnvelope publish(EventPayload payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events are published inside the business transaction");
        }
        EventType type = payload.eventType();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type.name(), type.schemaVersion(), clock.instant(),
                producer, payload.subject(), payload);
        publisher.publishEvent(envelope);
        return envelope;
    }
}
