/** Sync jobs (full, incremental; manual, scheduled) with checkpoints, sync logs and the product version ledger behind ProductSynced. */
package io.trendscout.shopsync.sync;
