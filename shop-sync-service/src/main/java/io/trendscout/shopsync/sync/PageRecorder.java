package io.trendscout.shopsync.sync;

import java.time.Instant;
import java.util.List;

import io.trendscout.shopsync.channel.ChannelPage;
import io.trendscout.shopsync.connection.SyncTarget;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One page (or one batch of deletions) = one transaction: versions, events, item errors and the checkpoint together. */
@Component
class PageRecorder {

    /** The job lost its lease to another replica: this transaction must not commit. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("Lease lost");
        }
    }

    private final ProductLedger ledger;
    private final SyncJobs jobs;
    private final SyncProperties properties;

    PageRecorder(ProductLedger ledger, SyncJobs jobs, SyncProperties properties) {
        this.ledger = ledger;
        this.jobs = jobs;
        this.properties = properties;
    }

    @Transactional
    public void page(Job job, SyncTarget target, ChannelPage page) {
        holdLease(job);
        int created = 0;
        int updated = 0;
        for (ProductLedger.Outcome outcome : ledger.recordAll(target, page.products())) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                default -> { }
            }
        }
        jobs.itemErrors(job, page.failures());
        SyncJobs.Counts counts = new SyncJobs.Counts(page.products().size() + page.failures().size(), created, updated, 0,
                page.failures().size());
        if (!jobs.checkpoint(job, page.nextCursor(), counts, properties.lease())) {
            throw new LeaseLost();
        }
    }

    /**
     * Locks the job row before anything is written, so an erasure (which deletes the jobs first) either waits for
     * this page or makes it stop here; a page never writes for a connection that is gone.
     */
    private void holdLease(Job job) {
        if (!jobs.lockLease(job)) {
            throw new LeaseLost();
        }
    }

    /** Tombstones up to one batch of products the scan did not see; returns how many it looked at. */
    @Transactional
    public int sweep(Job job, SyncTarget target, Instant scanStart) {
        holdLease(job);
        List<String> gone = ledger.unseenSince(target, scanStart, properties.sweepBatch());
        int deleted = 0;
        for (String externalId : gone) {
            if (ledger.delete(target, externalId, Instant.now()) == ProductLedger.Outcome.DELETED) {
                deleted++;
            }
        }
        if (!jobs.addDeleted(job, deleted, properties.lease())) {
            throw new LeaseLost();
        }
        return gone.size();
    }
}
