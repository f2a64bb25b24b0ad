package io.trendscout.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event plumbing every service gets the same way: envelopes externalized to their topics through
 * Spring Modulith's publication registry (the outbox), the relay that re-sends unsent ones, the
 * inbox for idempotent consumers, and a dead-letter topic for messages that keep failing.
 */
// Before Boot's task execution: its AsyncConfigurer backs off for the outbox's.
// Before Modulith's Jackson serialization: its serializer backs off for ours.
@AutoConfiguration(beforeName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
        "org.springframework.modulith.events.jackson.JacksonEventSerializationConfiguration"})
@EnableScheduling
public class PlatformEventsAutoConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PlatformEventsAutoConfiguration.class);

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

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
    EventSerializer eventSerializer(ObjectProvider<JsonMapper> mapper) {
        return new EventJson(mapper);
    }

    /** The registry whose SQL {@link BatchedPublicationWrites} mirrors (schema with status columns). */
    private static final String MODULITH_JDBC_REPOSITORY = "org.springframework.modulith.events.jdbc.JdbcEventPublicationRepositoryV2";

    /** Modulith's JDBC registry, with its inserts and completions written in batches. */
    @Bean
    static BeanPostProcessor batchedPublicationWrites(ObjectProvider<JdbcTemplate> jdbc,
            ObjectProvider<EventSerializer> serializer,
            @Value("${spring.modulith.events.completion-mode:update}") String completionMode) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof EventPublicationRepository repository
                        && AopUtils.getTargetClass(bean).getName().equals(MODULITH_JDBC_REPOSITORY)) {
                    return new BatchedPublicationWrites(repository, jdbc.getObject(), serializer.getObject(),
                            "delete".equalsIgnoreCase(completionMode));
                }
                return bean;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(ApplicationEventPublisher publisher,
            @Value("${spring.application.name:unknown}") String producer) {
        return new EventPublisher(publisher, producer, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxSender outboxSender(@Value("${trendscout.events.sender-threads:4}") int threads) {
        return new OutboxSender(threads);
    }

    /** Modulith's externalization is an {@code @Async} listener; it runs on the sender's threads. */
    @Bean
    @ConditionalOnMissingBean(AsyncConfigurer.class)
    AsyncConfigurer outboxAsyncConfigurer(OutboxSender sender) {
        return new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                return sender.executor();
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(IncompleteEventPublications incomplete, OutboxSender sender,
            @Value("${trendscout.events.resend-after:5s}") Duration resendAfter) {
        return new OutboxRelay(incomplete, sender, resendAfter);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxMetrics outboxMetrics(JdbcTemplate jdbc, OutboxSender sender) {
        return new OutboxMetrics(jdbc, sender);
    }

    @Bean
    @ConditionalOnMissingBean
    EventInbox eventInbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        return new EventInbox(jdbc, new TransactionTemplate(transactionManager));
    }

    /**
     * Listeners receive the record value as the raw JSON string and parse it with
     * {@link ReceivedEvent#parse}: Modulith's JSON message converter (meant for its own producer
     * side) must not try to bind payloads to listener parameters.
     */
    @Bean(name = "kafkaListenerContainerFactory")
    @ConditionalOnMissingBean(name = "kafkaListenerContainerFactory")
    ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory);
        factory.setRecordMessageConverter(new MessagingMessageConverter());
        return factory;
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
        DefaultErrorHandler handler = new DefaultErrorHandler((record, ex) -> {
            log.warn("Giving up on {}-{}@{}, sending it to the dead-letter topic: {}", record.topic(), record.partition(),
                    record.offset(), rootMessage(ex));
            recoverer.accept(record, ex);
        }, new FixedBackOff(300L, retries));
        handler.addNotRetryableExceptions(MalformedEvent.class);
        return handler;
    }
}
