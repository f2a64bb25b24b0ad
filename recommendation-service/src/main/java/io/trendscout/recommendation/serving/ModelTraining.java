package io.trendscout.recommendation.serving;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.trendscout.recommendation.RecommendationProperties;
import io.trendscout.recommendation.catalog.Catalog;
import io.trendscout.recommendation.catalog.CatalogRefresh;
import io.trendscout.recommendation.interactions.Interactions;
import io.trendscout.recommendation.ranking.Model;
import io.trendscout.recommendation.ranking.ModelTrainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Trains in the background on the scheduler thread (serving keeps using the previous snapshot): every
 * {@code training-interval}, and soon after the catalog changed. At start the persisted model is served first; an
 * empty catalog (product-service never reached) never replaces a model that has products.
 */
@Component
class ModelTraining {

    private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);

    private final Catalog catalog;
    private final CatalogRefresh refresh;
    private final Interactions interactions;
    private final ModelSnapshots snapshots;
    private final ServingModel serving;
    private final ModelTrainer trainer;
    private final Duration interval;
    private final Clock clock = Clock.systemUTC();
    private volatile long trainedGeneration = -1;
    private volatile Instant nextRun = Instant.EPOCH;

    ModelTraining(Catalog catalog, CatalogRefresh refresh, Interactions interactions, ModelSnapshots snapshots,
            ServingModel serving, RecommendationProperties properties) {
        this.catalog = catalog;
        this.refresh = refresh;
        this.interactions = interactions;
        this.snapshots = snapshots;
        this.serving = serving;
        this.trainer = new ModelTrainer(properties.neighbors());
        this.interval = properties.trainingInterval();
    }

    @EventListener(ApplicationReadyEvent.class)
    void servePersisted() {
        try {
            snapshots.latest().ifPresent(model -> {
                serving.install(model);
                log.info("Serving persisted model {} ({} products)", model.version(), model.size());
            });
        } catch (RuntimeException ex) {
            log.warn("Persisted model unreadable, waiting for training: {}", ex.getMessage());
        }
    }

    @Scheduled(fixedDelay = 5_000, initialDelay = 3_000)
    void tick() {
        long generation = refresh.generation();
        if (generation != trainedGeneration && generation > 0 || !clock.instant().isBefore(nextRun)) {
            trainedGeneration = generation;
            train();
        }
    }

    Model train() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        long version = Math.max(now.toEpochMilli(), Math.max(serving.get().version(), snapshots.latestVersion()) + 1);
        var products = catalog.products();
        if (products.isEmpty() && serving.get().size() > 0) {
            nextRun = now.plus(interval);
            return serving.get();
        }
        Model model = trainer.train(products, interactions.all(), catalog.topicTrends(), version, now);
        snapshots.save(model);
        serving.install(model);
        nextRun = now.plus(interval);
        log.info("Trained model {} on {} products in {} ms", version, model.size(),
                (System.nanoTime() - started) / 1_000_000);
        return model;
    }
}
