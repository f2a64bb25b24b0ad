package io.trendscout.shopsync.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.trendscout.shopsync.channel.ChannelFailure;
import io.trendscout.shopsync.channel.ChannelPage;
import io.trendscout.shopsync.channel.ShopChannels;
import io.trendscout.shopsync.connection.ConnectionNotFound;
import io.trendscout.shopsync.connection.ShopConnections;
import io.trendscout.shopsync.connection.SyncTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a claimed job from its checkpoint: page after page (each committed with its events and
 * the next cursor), then, after a complete scan, tombstones what the channel no longer lists.
 * Channel outages put the job back in the queue with its checkpoint; refused credentials fail
 * it and mark the connection.
 */
@Component
class SyncRunner {

    private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

    /** Thrown by the crash test hook: the job is left RUNNING as if the process had died. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("Simulated crash");
        }
    }

    private final ShopConnections connections;
    private final ShopChannels channels;
    private final PageRecorder recorder;
    private final SyncJobs jobs;
    private final SyncProperties properties;
    private volatile int crashAfterPages = -1;
    private volatile UUID crashConnection;

    SyncRunner(ShopConnections connections, ShopChannels channels, PageRecorder recorder, SyncJobs jobs, SyncProperties properties) {
        this.connections = connections;
        this.channels = channels;
        this.recorder = recorder;
        this.jobs = jobs;
        this.properties = properties;
    }

    void run(Job job) {
        SyncTarget target;
        try {
            target = connections.target(job.connectionId());
        } catch (ConnectionNotFound ex) {
            return;
        }
        try {
            execute(job, target);
            Instant completed = jobs.succeed(job);
            if (completed != null) {
                connections.markSynced(target.id(), completed, job.startedAt());
            }
        } catch (SimulatedCrash | PageRecorder.LeaseLost ex) {
            log.warn("Sync job {} stopped: {}", job.id(), ex.getMessage());
        } catch (ChannelFailure.Rejected ex) {
            jobs.fail(job, ex.getMessage());
            connections.markFailed(target.id(), true, ex.getMessage());
        } catch (ChannelFailure.Unavailable | ChannelFailure.Throttled ex) {
            if (job.attempts() < properties.maxAttempts()) {
                jobs.requeue(job, ex.getMessage(), properties.retryDelay().multipliedBy(job.attempts()));
            } else {
                jobs.fail(job, ex.getMessage());
                connections.markFailed(target.id(), false, ex.getMessage());
            }
        } catch (RuntimeException ex) {
            log.error("Sync job {} failed", job.id(), ex);
            jobs.fail(job, ex instanceof ChannelFailure ? ex.getMessage() : "Unexpected error: " + ex.getClass().getSimpleName());
            connections.markFailed(target.id(), false, ex.getMessage());
        }
    }

    private void execute(Job job, SyncTarget target) {
        boolean filtered = job.mode() == SyncMode.INCREMENTAL && channels.filtersByUpdate(target.credentials().platform());
        Instant updatedAfter = filtered ? job.updatedAfter() : null;
        String cursor = job.cursor();
        boolean pagingDone = job.pages() > 0 && cursor == null;
        int pagesThisRun = 0;
        long started = System.nanoTime();
        long recording = 0;
        long waiting = 0;
        // Later pages are read while this one is recorded: the channel's rate limit, not the
        // database, sets the pace. A page only counts once its checkpoint is committed.
        try (PageFetches fetches = new PageFetches(channels, target, updatedAfter, properties.prefetchPages())) {
            ChannelPage page = pagingDone ? null : fetches.take(cursor);
            while (!pagingDone) {
                cursor = page.nextCursor();
                fetches.requestAfter(page);
                long recordStart = System.nanoTime();
                recorder.page(job, target, page);
                recording += System.nanoTime() - recordStart;
                pagingDone = cursor == null;
                pagesThisRun++;
                if (pagesThisRun == crashAfterPages && job.connectionId().equals(crashConnection)) {
                    crashAfterPages = -1;
                    throw new SimulatedCrash();
                }
                if (!pagingDone) {
                    long waitStart = System.nanoTime();
                    page = fetches.take(cursor);
                    waiting += System.nanoTime() - waitStart;
                }
            }
        }
        log.info("Sync job {}: {} pages in {} ms, recording {} ms, waiting for the channel {} ms", job.id(), pagesThisRun,
                (System.nanoTime() - started) / 1_000_000, recording / 1_000_000, waiting / 1_000_000);
        if (!filtered) {
            while (recorder.sweep(job, target, job.startedAt()) > 0) {
                // batch after batch until nothing unseen is left
            }
        }
    }

    /** Test hook: the connection's next job stops after this many pages as if the process was killed (other jobs run on). */
    void crashAfterPages(UUID connectionId, int pages) {
        crashConnection = connectionId;
        crashAfterPages = pages;
    }

    Duration lease() {
        return properties.lease();
    }
}
