package io.trendscout.analytics;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.test.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;

/** Publishes envelopes to the real broker the way the platform's outbox does, and waits for the inbox. */
public final class Events {

    /** One event as a producer would have sent it. */
    public record Sent(UUID id, EventPayload payload, Instant occurredAt) {
    }

    private Events() {
    }

    public static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers(),
                "linger.ms", 5, "acks", "all"), new StringSerializer(), new StringSerializer());
    }

    public static void send(List<Sent> events) {
        try (var producer = producer()) {
            for (Sent event : events) {
                producer.send(record(event));
            }
            producer.flush();
        }
    }

    public static ProducerRecord<String, String> record(Sent event) {
        Map<String, Object> envelope = Map.of("id", event.id().toString(), "type", event.payload().eventType().name(),
                "version", 1, "occurredAt", event.occurredAt().toString(), "producer", "test",
                "subject", event.payload().subject(), "payload", event.payload());
        return new ProducerRecord<>(event.payload().eventType().topic(), event.payload().subject(),
                Api.JSON.writeValueAsString(envelope));
    }

    public static void sendRaw(String topic, String value) {
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "poison", value));
            producer.flush();
        }
    }

    /** True once every id has a row in the inbox (processed_event) of the service's schema. */
    public static boolean processed(JdbcTemplate jdbc, String schema, Collection<UUID> ids) {
        Set<UUID> done = new HashSet<>(jdbc.queryForList("select event_id from " + schema + ".processed_event", UUID.class));
        return done.containsAll(ids);
    }
}
