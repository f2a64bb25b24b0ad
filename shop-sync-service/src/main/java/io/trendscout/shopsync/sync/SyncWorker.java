package io.trendscout.shopsync.sync;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Claims queued jobs (and jobs whose owner stopped renewing its lease: crashed replicas) with
 * {@code FOR UPDATE SKIP LOCKED} and runs them on a small pool, so any number of replicas share
 * the work without running one job twice.
 */
@Component
class SyncWorker {

    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);

    private final SyncJobs jobs;
    private final SyncRunner runner;
    private final SyncProperties properties;
    private final ExecutorService pool;
    private final Semaphore slots;

    SyncWorker(SyncJobs jobs, SyncRunner runner, SyncProperties properties) {
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties;
        this.pool = Executors.newFixedThreadPool(properties.workers(), Thread.ofPlatform().name("sync-", 0).factory());
        this.slots = new Semaphore(properties.workers());
    }

    @Scheduled(fixedDelayString = "${trendscout.shop-sync.sync.poll-interval}", initialDelayString = "${trendscout.shop-sync.sync.poll-interval}")
    void poll() {
        while (slots.tryAcquire()) {
            Optional<Job> job;
            try {
                job = jobs.claim(properties.lease());
            } catch (RuntimeException ex) {
                slots.release();
                log.warn("Could not claim a sync job: {}", ex.getMessage());
                return;
            }
            if (job.isEmpty()) {
                slots.release();
                return;
            }
            pool.submit(() -> {
                try {
                    runner.run(job.get());
                } finally {
                    slots.release();
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
