package io.trendscout.shopsync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every ProductSynced on the real broker, read by a plain consumer for the whole test JVM. */
public final class SyncedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    /** A string consumer of a fresh group reading from the start, seeing new topics within half a second. */
    public static Properties readFromStart(String bootstrap, String groupPrefix) {
        Properties props = new Properties();
        props.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        return props;
    }

    SyncedEvents(String bootstrap) {
        Properties props = readFromStart(bootstrap, "shop-sync-test-");
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
                consumer.subscribe(java.util.regex.Pattern.compile("shop-sync\\.product-synced\\.v1"));
                while (true) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                        received.add(JSON.readTree(record.value()));
                    }
                }
            }
        }, "synced-events");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Payloads of the connection's events, in arrival order, one per event id: the outbox delivers
     * at least once (a relay may resend an event whose completion was not recorded yet), and
     * consumers deduplicate by event id, so a duplicate event means two ids for one version.
     */
    public List<JsonNode> of(UUID connectionId) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        return received.stream().filter(e -> ids.add(e.path("id").asString()))
                .map(e -> e.path("payload"))
                .filter(p -> connectionId.toString().equals(p.path("connectionId").asString(""))).toList();
    }
}
