package io.trendscout.platform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every {@code SessionRevoked} event into {@link RevokedSessions}. Every replica must see
 * every revocation, so there is no consumer group: the consumer assigns itself all partitions of
 * the topic (looked up again every {@code REFRESH}, so partitions and a topic created later are
 * picked up) and starts each at the offset of {@code now - lookback} (the access-token lifetime),
 * so a replica started after a revocation still knows it. Nothing is committed.
 */
public final class SessionRevocationConsumer implements SmartLifecycle {

    public static final String TOPIC = "identity.session-revoked.v1";

    private static final Logger log = LoggerFactory.getLogger(SessionRevocationConsumer.class);
    private static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Duration FORGET_EVERY = Duration.ofMinutes(1);

    private final String bootstrapServers;
    private final Duration lookback;
    private final RevokedSessions revoked;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    public SessionRevocationConsumer(String bootstrapServers, Duration lookback, RevokedSessions revoked, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.lookback = lookback;
        this.revoked = revoked;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "200");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "session-revocations-" + java.util.UUID.randomUUID());
        consumer = new KafkaConsumer<>(config);
        running = true;
        thread = Thread.ofPlatform().daemon().name("session-revocations").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread worker = thread;
        if (worker != null) {
            try {
                worker.join(5_000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Set<TopicPartition> assigned = new HashSet<>();
        Instant nextRefresh = Instant.MIN;
        Instant nextForget = clock.instant().plus(FORGET_EVERY);
        try (KafkaConsumer<String, String> kafka = consumer) {
            while (running) {
                try {
                    Instant now = clock.instant();
                    if (!now.isBefore(nextRefresh)) {
                        assign(kafka, assigned);
                        nextRefresh = now.plus(assigned.isEmpty() ? Duration.ofSeconds(1) : REFRESH);
                    }
                    if (!now.isBefore(nextForget)) {
                        revoked.forgetExpired();
                        nextForget = now.plus(FORGET_EVERY);
                    }
                    if (assigned.isEmpty()) {
                        Thread.sleep(200);
                        continue;
                    }
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(250))) {
                        read(record.value());
                    }
                } catch (WakeupException ex) {
                    // stop() was called
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException ex) {
                    log.warn("Reading session revocations failed, retrying: {}", ex.toString());
                    sleepQuietly();
                }
            }
        }
    }

    /** Assigns all partitions of the topic; new ones start at the offset of {@code now - lookback}. */
    private void assign(KafkaConsumer<String, String> kafka, Set<TopicPartition> assigned) {
        List<PartitionInfo> partitions = kafka.partitionsFor(TOPIC, Duration.ofSeconds(5));
        Set<TopicPartition> all = new HashSet<>();
        for (PartitionInfo partition : partitions == null ? List.<PartitionInfo>of() : partitions) {
            all.add(new TopicPartition(partition.topic(), partition.partition()));
        }
        Set<TopicPartition> added = new HashSet<>(all);
        added.removeAll(assigned);
        if (added.isEmpty()) {
            return;
        }
        kafka.assign(all);
        long since = clock.instant().minus(lookback).toEpochMilli();
        // the ends first: where nothing is as recent as "since", everything after this end is newer
        Map<TopicPartition, Long> ends = kafka.endOffsets(added, Duration.ofSeconds(5));
        Map<TopicPartition, Long> times = new HashMap<>();
        added.forEach(partition -> times.put(partition, since));
        Map<TopicPartition, OffsetAndTimestamp> offsets = kafka.offsetsForTimes(times, Duration.ofSeconds(5));
        for (TopicPartition partition : added) {
            OffsetAndTimestamp offset = offsets.get(partition);
            kafka.seek(partition, offset != null ? offset.offset() : ends.getOrDefault(partition, 0L));
        }
        assigned.clear();
        assigned.addAll(all);
    }

    void read(String value) {
        try {
            JsonNode envelope = json.readTree(value);
            if (!"SessionRevoked".equals(envelope.path("type").asString(""))) {
                return;
            }
            JsonNode payload = envelope.path("payload");
            String sessionId = payload.path("sessionId").asString("");
            String until = payload.path("tokensValidUntil").asString("");
            if (sessionId.isBlank() || until.isBlank()) {
                log.warn("Ignoring a SessionRevoked event without sessionId or tokensValidUntil");
                return;
            }
            revoked.revoke(sessionId, Instant.parse(until));
        } catch (RuntimeException ex) {
            log.warn("Ignoring a malformed session revocation: {}", ex.getClass().getSimpleName());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
