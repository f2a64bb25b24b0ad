package io.trendscout.product;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.test.TestInfrastructure;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends envelopes (or raw poison) to topics with a plain producer and reads topics back. */
final class Kafka {

    private Kafka() {
    }

    /** Sends a payload in a fresh envelope; returns the event id. */
    static UUID publish(EventPayload payload) {
        return publish(UUID.randomUUID(), payload);
    }

    static UUID publish(UUID eventId, EventPayload payload) {
        Map<String, Object> envelope = Map.of("id", eventId.toString(), "type", payload.eventType().name(), "version", 1,
                "occurredAt", Instant.now().toString(), "producer", "test", "subject", payload.subject(), "payload", payload);
        send(payload.eventType().topic(), payload.subject(), Http.JSON.writeValueAsString(envelope));
        return eventId;
    }

    /** Envelope of a payload as the outbox would send it. */
    static String envelope(UUID eventId, EventPayload payload) {
        return Http.JSON.writeValueAsString(Map.of("id", eventId.toString(), "type", payload.eventType().name(),
                "version", 1, "occurredAt", Instant.now().toString(), "producer", "test", "subject", payload.subject(),
                "payload", payload));
    }

    /** Sends (key, value) records with one producer in one go, so a consumer gets them in as few polls as possible. */
    static void sendAll(String topic, List<Map.Entry<String, String>> records) {
        try (var producer = new KafkaProducer<String, String>(
                Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers(), "linger.ms", 50),
                new StringSerializer(), new StringSerializer())) {
            var sent = records.stream().map(r -> producer.send(new ProducerRecord<>(topic, r.getKey(), r.getValue()))).toList();
            for (var future : sent) {
                future.get();
            }
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static void send(String topic, String key, String value) {
        try (var producer = new KafkaProducer<String, String>(
                Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Reads the topic from the start until a value matches or the time is up; returns what was read. */
    static List<String> readUntil(String topic, Predicate<String> match, Duration timeout) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers(),
                "group.id", "reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (System.currentTimeMillis() < deadline && values.stream().noneMatch(match)) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }
}
