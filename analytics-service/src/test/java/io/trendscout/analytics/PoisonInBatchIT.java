package io.trendscout.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.analytics.Events.Sent;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events are applied a poll at a time; a malformed one in the middle of a batch goes to the
 * dead-letter topic alone: the events around it are counted once each.
 */
@PlatformIntegrationTest
class PoisonInBatchIT {

    private static final String TOPIC = "product.product-interacted.v1";

    @Value("${trendscout.test.schema}")
    String schema;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMalformedEventInABatchGoesToTheDeadLetterTopicAndTheOthersCountOnce() {
        UUID product = UUID.randomUUID();
        Instant at = Instant.parse("2025-06-02T10:00:00Z");
        List<Sent> valid = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            valid.add(new Sent(UUID.randomUUID(), new ProductInteracted(UUID.randomUUID(), product,
                    ProductInteracted.Kind.VIEWED, at), at));
        }
        String poison = "{\"id\":\"" + UUID.randomUUID() + "\",\"poison\":true}";
        try (var producer = Events.producer()) {
            for (int i = 0; i < valid.size(); i++) {
                if (i == 10) {
                    producer.send(new ProducerRecord<>(TOPIC, 0, "poison", poison));
                }
                ProducerRecord<String, String> record = Events.record(valid.get(i));
                producer.send(new ProducerRecord<>(TOPIC, 0, record.key(), record.value()));
            }
            producer.send(Events.record(valid.getFirst()));
            producer.flush();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> Events.processed(jdbc, schema, valid.stream().map(Sent::id).toList()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select sum(views) from " + schema + ".product_bucket where product_id = ?", Long.class, product))
                .isEqualTo(20L));
        assertThat(deadLetters()).contains(poison);
    }

    private List<String> deadLetters() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers(),
                "group.id", "dlt-reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC + ".DLT"));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && values.stream().noneMatch(v -> v.contains("\"poison\":true"))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}
