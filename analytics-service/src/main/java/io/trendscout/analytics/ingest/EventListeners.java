package io.trendscout.analytics.ingest;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.ProductRemoved;
import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.TrendDetected;
import io.trendscout.platform.events.contracts.UserErased;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** One batch listener per platform topic: each poll is applied in one transaction, each event once. */
@Component
class EventListeners {

    private final EventBatches batches;
    private final Aggregates aggregates;

    EventListeners(EventBatches batches, Aggregates aggregates) {
        this.batches = batches;
        this.aggregates = aggregates;
    }

    @KafkaListener(topics = "product.product-interacted.v1", batch = "true")
    void interacted(List<ConsumerRecord<String, String>> records) {
        apply("analytics-interactions", records, ProductInteracted.class,
                p -> p.userId() != null && p.productId() != null && p.kind() != null, aggregates::interaction);
    }

    @KafkaListener(topics = "trend.trend-detected.v1", batch = "true")
    void trendDetected(List<ConsumerRecord<String, String>> records) {
        apply("analytics-trends", records, TrendDetected.class, p -> p.trendId() != null, aggregates::trend);
    }

    @KafkaListener(topics = "tiktok.stats-fetched.v1", batch = "true")
    void statsFetched(List<ConsumerRecord<String, String>> records) {
        apply("analytics-tiktok", records, StatsFetched.class, p -> p.userId() != null, aggregates::stats);
    }

    @KafkaListener(topics = "shop-sync.product-synced.v1", batch = "true")
    void productSynced(List<ConsumerRecord<String, String>> records) {
        apply("analytics-sync", records, ProductSynced.class, p -> p.merchantId() != null && p.channel() != null,
                aggregates::synced);
    }

    @KafkaListener(topics = "identity.user-erased.v1", batch = "true")
    void userErased(List<ConsumerRecord<String, String>> records) {
        apply("analytics-erasure", records, UserErased.class, p -> p.userId() != null, (p, at) -> aggregates.erase(p));
    }

    @KafkaListener(topics = "product.product-removed.v1", batch = "true")
    void productRemoved(List<ConsumerRecord<String, String>> records) {
        apply("analytics-product-removal", records, ProductRemoved.class, p -> p.productId() != null,
                (p, at) -> aggregates.removeProduct(p));
    }

    /** Raw records, not converted values: a malformed one must reach the inbox logic, not fail in a converter. */
    private <T> void apply(String consumer, List<ConsumerRecord<String, String>> records, Class<T> type, Predicate<T> valid,
            BiConsumer<T, java.time.Instant> handler) {
        batches.apply(consumer, records.stream().map(ConsumerRecord::value).toList(), type, valid,
                (event, payload) -> handler.accept(payload, event.occurredAt()));
    }
}
