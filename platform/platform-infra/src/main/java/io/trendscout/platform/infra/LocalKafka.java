package io.trendscout.platform.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka broker in KRaft mode (one combined broker/controller node) in this JVM, on a fixed
 * port. It can be stopped and started again on the same port and log directory, the way a broker
 * restart looks to its clients.
 */
public final class LocalKafka implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final String clusterId = Uuid.randomUuid().toString();
    private KafkaRaftServer server;

    private LocalKafka(int port, Path logDir) {
        this.port = port;
        this.controllerPort = FreePorts.find();
        this.logDir = logDir;
    }

    public static LocalKafka start(int port) {
        try {
            LocalKafka kafka = new LocalKafka(port == 0 ? FreePorts.find() : port, Files.createTempDirectory("trendscout-kafka"));
            kafka.startBroker();
            return kafka;
        } catch (IOException ex) {
            throw new IllegalStateException("No temporary folder for Kafka", ex);
        }
    }

    public synchronized void startBroker() {
        if (server != null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", "3");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.flush.interval.messages", "10000");
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .run();
            KafkaRaftServer created = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            created.startup();
            server = created;
            awaitListening();
        } catch (Exception ex) {
            throw new IllegalStateException("Kafka did not start on port " + port + ": " + ex.getMessage(), ex);
        }
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (FreePorts.isFree(port)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Kafka is not listening on " + port + " after 30 s");
            }
            Thread.sleep(50);
        }
    }

    public synchronized void stopBroker() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stopBroker();
    }
}
