/**
 * Ingestion: every way series data arrives (StatsFetched events, the admin import of JSON lines
 * or CSV, pluggable sources such as the TikTok Research API), validated and handed to
 * {@link io.trendscout.trend.trends.TrendIngestion}.
 */
package io.trendscout.trend.ingest;
