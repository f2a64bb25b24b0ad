/**
 * Sources of trend signal. Every source is a named adapter ({@link io.trendscout.trend.sources.TrendSource})
 * of one {@link io.trendscout.trend.sources.SourceKind}; it turns what it fetches into
 * {@link io.trendscout.trend.trends.Observation}s and emits them through its
 * {@link io.trendscout.trend.sources.PollContext}. Polling runs once across replicas (ShedLock);
 * cursors, last poll, errors and quota use are persisted per source ({@code source_state}).
 */
package io.trendscout.trend.sources;
