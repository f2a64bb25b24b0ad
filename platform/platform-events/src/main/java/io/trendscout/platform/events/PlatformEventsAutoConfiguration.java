package io.trendscout.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Event plumbing every service gets the same way: envelopes externalized to their topics through
 * Spring Modulith's publication registry (the outbox), the relay that re-sends unsent ones, the
 * inbox for idempotent consumers, and a dead-letter topic for messages that keep failing.
 */
@AutoConfiguration
@EnableScheduling
public class PlatformEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventExternalizationConfiguration eventExternalizationConfiguration() {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof EventEnvelope)
                .route(EventEnvelope.class, envelope -> RoutingTarget.forTarget(EventTypes.byName(envelope.type()).topic())
                        .andKey(envelope.subject()))
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(ApplicationEventPublisher publisher,
            @Value("${spring.application.name:unknown}") String producer) {
        return new EventPublisher(publisher, producer, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(IncompleteEventPublications incomplete,
            @Value("${trendscout.events.resend-after:5s}") Duration resendAfter) {
        return new OutboxRelay(incomplete, resendAfter);
    }

    @Bean
    @ConditionalOnMissingBean
    EventInbox eventInbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        return new EventInbox(jdbc, new TransactionTemplate(transactionManager));
    }

    /** Dead letters carry the original record value unchanged, so they get a String producer. */
    @Bean
    @ConditionalOnMissingBean
    CommonErrorHandler deadLetterErrorHandler(KafkaProperties properties,
            @Value("${trendscout.events.retries:2}") long retries) {
        Map<String, Object> config = new HashMap<>(properties.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(record.topic() + ".DLT", -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(300L, retries));
        handler.addNotRetryableExceptions(MalformedEvent.class);
        return handler;
    }
}
