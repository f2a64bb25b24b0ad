/** Consumes the platform's events once each and folds them into UTC quarter-hour aggregates. */
package io.trendscout.analytics.ingest;
