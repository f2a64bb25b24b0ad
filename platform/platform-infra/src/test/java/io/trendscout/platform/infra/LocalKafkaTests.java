package io.trendscout.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class LocalKafkaTests {

    @Test
    void servesOnTheRequestedPortAndComesBackOnItAfterAStop() throws Exception {
        int port = FreePorts.find();
        try (LocalKafka kafka = LocalKafka.start(port)) {
            assertThat(FreePorts.isFree(port)).isFalse();
            send(kafka, "first");
            kafka.stopBroker();
            assertThat(FreePorts.isFree(port)).isTrue();
            kafka.startBroker();
            send(kafka, "second");
            assertThat(receive(kafka)).contains("second");
        }
    }

    private static void send(LocalKafka kafka, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("infra-check", "k", value)).get();
        }
    }

    private static List<String> receive(LocalKafka kafka) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "group.id", "infra-check", "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("infra-check"));
            long deadline = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    return java.util.stream.StreamSupport.stream(records.spliterator(), false).map(r -> r.value()).toList();
                }
            }
            return List.of();
        }
    }
}
