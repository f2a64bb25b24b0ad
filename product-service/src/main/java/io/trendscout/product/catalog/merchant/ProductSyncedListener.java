package io.trendscout.product.catalog.merchant;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes shop-sync's product versions a poll at a time, each event once (see {@link SyncedBatch}). */
@Component
class ProductSyncedListener {

    static final String TOPIC = "shop-sync.product-synced.v1";

    private final SyncedBatch batch;

    ProductSyncedListener(SyncedBatch batch) {
        this.batch = batch;
    }

    @KafkaListener(topics = TOPIC, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        batch.apply(records);
    }
}
