package io.trendscout.platform.infra;

import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real Kafka broker in KRaft mode, in this JVM. It can be stopped and started on the same port. */
public final class LocalKafka implements AutoCloseable {

    private final int port;
    private EmbeddedKafkaKraftBroker broker;

    private LocalKafka(int port) {
        this.port = port;
    }

    public static LocalKafka start(int port) {
        LocalKafka kafka = new LocalKafka(port == 0 ? FreePorts.find() : port);
        kafka.startBroker();
        return kafka;
    }

    public synchronized void startBroker() {
        if (broker != null) {
            return;
        }
        EmbeddedKafkaKraftBroker created = new EmbeddedKafkaKraftBroker(1, 3);
        created.kafkaPorts(port);
        created.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "offsets.topic.replication.factor", "1",
                "group.initial.rebalance.delay.ms", "0",
                "log.retention.hours", "168"));
        created.afterPropertiesSet();
        broker = created;
    }

    public synchronized void stopBroker() {
        if (broker != null) {
            broker.destroy();
            broker = null;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        stopBroker();
    }
}
