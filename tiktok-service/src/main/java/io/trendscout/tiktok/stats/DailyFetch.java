package io.trendscout.tiktok.stats;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.trendscout.tiktok.connection.Connections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily fetch of every active connection. Each cron slot runs on exactly one replica (the
 * one that claims it in {@code job_run}); connections needing re-consent are skipped, so a broken
 * refresh token is not retried every day.
 */
@Component
class DailyFetch {

    /** What a run did; {@code claimed} is false when another replica had the slot. */
    record Run(boolean claimed, int accounts, int failures) {
    }

    static final String JOB = "tiktok-daily-fetch";
    private static final Logger log = LoggerFactory.getLogger(DailyFetch.class);

    private final Connections connections;
    private final StatsFetcher fetcher;
    private final JobRuns runs;
    private final FetchProperties properties;
    private final MeterRegistry meters;
    private final String replica = UUID.randomUUID().toString();

    DailyFetch(Connections connections, StatsFetcher fetcher, JobRuns runs, FetchProperties properties, MeterRegistry meters) {
        this.connections = connections;
        this.fetcher = fetcher;
        this.runs = runs;
        this.properties = properties;
        this.meters = meters;
    }

    @Scheduled(cron = "${trendscout.tiktok.fetch.cron}", zone = "${trendscout.tiktok.fetch.zone:UTC}")
    void scheduled() {
        run(Instant.now().truncatedTo(ChronoUnit.MINUTES));
    }

    Run run(Instant slot) {
        if (!runs.claim(JOB, slot, replica)) {
            log.info("Daily TikTok fetch for {} already claimed by another replica", slot);
            return new Run(false, 0, 0);
        }
        List<UUID> users = connections.activeUserIds();
        AtomicInteger failures = new AtomicInteger();
        Semaphore permits = new Semaphore(properties.parallelism());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (UUID user : users) {
                pool.submit(() -> {
                    permits.acquireUninterruptibly();
                    try {
                        fetcher.fetch(user, StatsFetcher.Mode.FULL);
                    } catch (RuntimeException ex) {
                        failures.incrementAndGet();
                        log.warn("Daily TikTok fetch failed for user {}: {}", user, ex.getClass().getSimpleName());
                    } finally {
                        permits.release();
                    }
                });
            }
        }
        runs.finish(JOB, slot, users.size(), failures.get());
        meters.counter("tiktok.fetch.accounts", "job", JOB).increment(users.size());
        meters.counter("tiktok.fetch.failures", "job", JOB).increment(failures.get());
        log.info("Daily TikTok fetch for {}: {} accounts, {} failures", slot, users.size(), failures.get());
        return new Run(true, users.size(), failures.get());
    }
}
