package io.trendscout.trend.trends;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.trendscout.trend.detection.PeakPredictor;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrendProperties.class)
class TrendConfiguration {

    @Bean
    Detectors detectors(TrendProperties properties) {
        return new Detectors(properties.detector().settings());
    }

    @Bean
    StageRule stageRule(TrendProperties properties) {
        return new StageRule(properties.withdrawAfter(), properties.endAfter());
    }

    @Bean
    PeakPredictor peakPredictor() {
        return new PeakPredictor();
    }

    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    /** The observation topic; its partitions bound how many replicas share the scoring. */
    @Bean
    NewTopic observationTopic(TrendProperties properties) {
        return TopicBuilder.name(TrendIngestion.TOPIC).partitions(properties.observations().partitions()).build();
    }

    /** Batch consumption of observations (raw bytes, JSON); failed batches are retried a few times, then logged. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> observationListenerFactory(KafkaProperties kafka,
            TrendProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.observations().maxBatch());
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config));
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(Duration.ofSeconds(2).toMillis(), 5)));
        return factory;
    }
}
