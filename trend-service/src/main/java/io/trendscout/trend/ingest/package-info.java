/**
 * Ingestion: the admin import of JSON lines or CSV and pluggable sources such as the TikTok
 * Research API, validated and handed to {@link io.trendscout.trend.trends.TrendIngestion}.
 * StatsFetched events feed the creator panel ({@code io.trendscout.trend.panel}).
 */
package io.trendscout.trend.ingest;
