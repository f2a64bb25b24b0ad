package io.trendscout.platform.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox and inbox guarantees, on a real PostgreSQL and a real Kafka broker that is stopped and restarted. */
@PlatformIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxIT {

    private static final String TOPIC = "identity.user-erased.v1";

    @Autowired
    OutboxTestApplication.Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.modulith.events.core.EventPublicationRepository publications;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    @Order(1)
    void aCommittedChangeIsDeliveredOnce() {
        UUID user = accounts.erase();
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(user) == 1);
        // completions are written in batches a few milliseconds after Kafka's acknowledgement
        await().atMost(Duration.ofSeconds(5)).until(() -> incompletePublications() == 0);
    }

    @Test
    @Order(2)
    void aRolledBackChangeSendsNothing() throws InterruptedException {
        assertThatThrownBy(() -> accounts.eraseThenFail()).isInstanceOf(IllegalStateException.class);
        Thread.sleep(2000);
        assertThat(jdbc.queryForObject("select count(*) from account a where not exists "
                + "(select 1 from erasure_seen s where s.user_id = a.id)", Integer.class)).isZero();
        assertThat(incompletePublications()).isZero();
    }

    @Test
    @Order(3)
    void theSameEventDeliveredTwiceIsProcessedOnce() throws Exception {
        UUID eventId = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        String envelope = """
                {"id":"%s","type":"UserErased","version":1,"occurredAt":"2026-01-01T00:00:00Z","producer":"test",
                 "subject":"%s","payload":{"userId":"%s","erasedAt":"2026-01-01T00:00:00Z"}}""".formatted(eventId, user, user);
        send(user.toString(), envelope);
        send(user.toString(), envelope);
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(user) == 1);
        Thread.sleep(1500);
        assertThat(seen(user)).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aMalformedMessageGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() throws Exception {
        String poison = "not an envelope " + UUID.randomUUID();
        send("poison", poison);
        UUID user = accounts.erase();
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(user) == 1);
        assertThat(readAll(TOPIC + ".DLT")).contains(poison);
    }

    @Test
    @Order(5)
    void anEventCommittedWhileKafkaIsDownArrivesAfterKafkaReturns() {
        var kafka = TestInfrastructure.get().kafka();
        kafka.stopBroker();
        UUID user;
        try {
            user = accounts.erase();
            assertThat(jdbc.queryForObject("select count(*) from account where id = ?", Integer.class, user)).isEqualTo(1);
            assertThat(incompletePublications()).isPositive();
            assertThat(meters.get("trendscout.outbox.incomplete").gauge().value()).isPositive();
            // The send waits for the broker and fails: marked PROCESSING (written in a batch), then
            // FAILED (and RESUBMITTED by the relay, round after round, until the broker is back).
            await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(50))
                    .until(() -> "PROCESSING".equals(publicationStatus(user)));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> List.of("FAILED", "RESUBMITTED").contains(publicationStatus(user)));
        } finally {
            kafka.startBroker();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> seen(user) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications() == 0);
        assertThat(meters.get("trendscout.outbox.incomplete").gauge().value()).isZero();
    }

    @Test
    @Order(6)
    void manyEventsOfOneTransactionAreWrittenAtCommitAndEachDeliveredOnce() {
        assertThat(publications.getClass().getSimpleName()).isEqualTo("BatchedPublicationWrites");
        List<UUID> users = accounts.eraseMany(150);
        await().atMost(Duration.ofSeconds(60)).until(() -> users.stream().mapToInt(this::seen).sum() == 150);
        assertThat(users).allSatisfy(user -> assertThat(seen(user)).isEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications() == 0);
    }

    private int seen(UUID user) {
        return jdbc.queryForObject("select count(*) from erasure_seen where user_id = ?", Integer.class, user);
    }

    private String publicationStatus(UUID user) {
        return jdbc.queryForObject("select status from event_publication where serialized_event like ?", String.class,
                "%" + user + "%");
    }

    private int incompletePublications() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class);
    }

    private static void send(String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(
                Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static List<String> readAll(String topic) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers(),
                "group.id", "dlt-reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            java.util.ArrayList<String> values = new java.util.ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline && values.isEmpty()) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }
}
