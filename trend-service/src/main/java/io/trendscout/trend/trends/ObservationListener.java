package io.trendscout.trend.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes the observation topic in batches: stores a batch in one transaction (set-based, see
 * {@link ObservationStore}), then scores the touched series. A record that is not a valid
 * observation is logged and skipped; the rest of the batch is kept. If scoring fails the series
 * stay dirty and {@code TrendMaintenance} retries them.
 */
@Component
class ObservationListener {

    private static final Logger log = LoggerFactory.getLogger(ObservationListener.class);

    private final ObservationStore store;
    private final TrendScoring scoring;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final TrendProperties properties;
    private final Counter stored;
    private final Counter rejected;

    ObservationListener(ObservationStore store, TrendScoring scoring, TransactionTemplate transactions, JsonMapper json,
            TrendProperties properties, MeterRegistry meters) {
        this.store = store;
        this.scoring = scoring;
        this.transactions = transactions;
        this.json = json;
        this.properties = properties;
        this.stored = Counter.builder("trendscout.trend.points.ingested").register(meters);
        this.rejected = Counter.builder("trendscout.trend.observations.rejected").register(meters);
    }

    @KafkaListener(topics = TrendIngestion.TOPIC, containerFactory = "observationListenerFactory",
            concurrency = "${trendscout.trend.observations.consumers:1}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        List<Observation> observations = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                observations.add(json.readValue(record.value(), Observation.class));
            } catch (JacksonException | InvalidObservation ex) {
                rejected.increment();
                log.warn("Skipped an invalid observation at {}-{}@{}: {}", record.topic(), record.partition(),
                        record.offset(), ex.getMessage());
            }
        }
        ingest(observations);
    }

    /** Stores, then scores in batches; also the entry for tests and the benchmark. */
    void ingest(List<Observation> observations) {
        if (observations.isEmpty()) {
            return;
        }
        List<UUID> touched = transactions.execute(status -> store.store(observations));
        stored.increment(observations.size());
        int batch = properties.rescoreBatch();
        for (int i = 0; i < touched.size(); i += batch) {
            List<UUID> slice = touched.subList(i, Math.min(touched.size(), i + batch));
            try {
                scoring.score(slice);
            } catch (RuntimeException ex) {
                log.warn("Scoring {} series failed; the schedule retries them: {}", slice.size(), ex.getMessage());
            }
        }
    }
}
