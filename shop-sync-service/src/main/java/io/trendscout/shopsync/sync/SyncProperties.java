package io.trendscout.shopsync.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sync jobs run.
 *
 * @param workers            jobs running at once per replica
 * @param pollInterval       how often a replica looks for queued or abandoned jobs
 * @param lease              how long a running job is owned without a checkpoint; after that another replica resumes it
 * @param maxAttempts        runs of a job before a channel outage fails it
 * @param retryDelay         wait before re-running a job the channel made fail (multiplied by the attempt)
 * @param scheduleCron       when scheduled incremental syncs are queued (once across replicas)
 * @param dueAfter           a connection is due when its last sync is older than this
 * @param incrementalOverlap incremental syncs look back this much before the last start (clock skew)
 * @param sweepBatch         deletions marked per transaction after a complete scan
 * @param prefetchPages      pages requested ahead of the one being recorded, where the channel names them in advance
 *                           (offset paging); the client's rate limiter still spaces the requests
 */
@ConfigurationProperties("trendscout.shop-sync.sync")
record SyncProperties(int workers, Duration pollInterval, Duration lease, int maxAttempts, Duration retryDelay,
        String scheduleCron, Duration dueAfter, Duration incrementalOverlap, int sweepBatch,
        int prefetchPages) {
}
