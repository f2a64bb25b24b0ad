package io.trendscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A profile update that changes the niches publishes UserPreferencesChanged (complete list, primary first) on the real
 * Kafka topic; updates that leave the niches as they are publish nothing.
 */
@PlatformIntegrationTest
class PreferencesChangedIT {

    private static final String TOPIC = "identity.user-preferences-changed.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Test
    void changingNichesPublishesTheNewListAndOtherUpdatesPublishNothing() {
        Api.Account account = new Api(port).signUp(Api.uniqueEmail("niches"));
        Api me = new Api(port).withToken(account.accessToken());
        Instant before = Instant.now();

        put(me, Map.of("preferences", Map.of("primaryNiche", "fitness", "secondaryNiches", List.of("beauty", "health"))));
        // Nothing about niches changes: names, theme, notification settings, the same niches again, the primary
        // niche repeated among the secondary ones (the list stays fitness, beauty, health).
        put(me, Map.of("lastName", "Meier", "preferences", Map.of("theme", "dark")));
        put(me, Map.of("preferences", Map.of("notificationSettings", Map.of("push", true))));
        put(me, Map.of("preferences", Map.of("primaryNiche", "fitness", "secondaryNiches", List.of("beauty", "health"))));
        put(me, Map.of("preferences", Map.of("secondaryNiches", List.of("fitness", "beauty", "health"))));
        // Only the primary niche changes: the whole new list is published.
        put(me, Map.of("preferences", Map.of("primaryNiche", "pets")));
        // Clearing everything is a change too.
        put(me, Map.of("preferences", Map.of("primaryNiche", "", "secondaryNiches", List.of())));

        // The outbox sends after each commit, asynchronously: the topic order may differ from the order of the
        // changes, which is why the event carries changedAt (consumers keep the newest).
        List<JsonNode> events = eventsOf(account.id().toString(), 3).stream()
                .sorted(java.util.Comparator.comparing(e -> Instant.parse(e.path("payload").path("changedAt").asString())))
                .toList();
        assertThat(events).extracting(e -> e.path("payload").path("niches").toString()).containsExactly(
                "[\"fitness\",\"beauty\",\"health\"]", "[\"pets\",\"fitness\",\"beauty\",\"health\"]", "[]");
        JsonNode first = events.getFirst();
        assertThat(first.path("type").asString()).isEqualTo("UserPreferencesChanged");
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("producer").asString()).isEqualTo("security-service");
        assertThat(first.path("subject").asString()).isEqualTo(account.id().toString());
        assertThat(first.path("payload").path("userId").asString()).isEqualTo(account.id().toString());
        assertThat(Instant.parse(first.path("payload").path("changedAt").asString())).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void anUpdateWithoutNichesPublishesNothing() {
        Api.Account account = new Api(port).signUp(Api.uniqueEmail("no-niches"));
        Api me = new Api(port).withToken(account.accessToken());

        put(me, Map.of("firstName", "Ada", "timeZone", "Europe/Paris", "preferences", Map.of("theme", "dark")));
        put(me, Map.of("preferences", Map.of("primaryNiche", "", "secondaryNiches", List.of())));

        assertThat(eventsOf(account.id().toString(), 0)).isEmpty();
    }

    private static void put(Api me, Object body) {
        Api.Response response = me.put("/api/users/me", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /**
     * Every event of the user on the topic: waits for {@code expected} of them, then keeps listening a few seconds
     * more so that an event that should not exist has the time to show up.
     */
    private static List<JsonNode> eventsOf(String key, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.currentTimeMillis() + 30_000;
            long settledAt = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, settledAt)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(record.key())) {
                        events.add(JSON.readTree(record.value()));
                    }
                }
                if (events.size() >= expected && settledAt == Long.MAX_VALUE && !consumer.assignment().isEmpty()) {
                    settledAt = System.currentTimeMillis() + 4_000;
                }
            }
        }
        return events;
    }
}
