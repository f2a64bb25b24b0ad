/**
 * Trends: series stored in hourly buckets, scored by the detector as data arrives and on a
 * schedule, announced with {@code TrendDetected}, and read through {@code /api/trends}.
 * {@link io.trendscout.trend.trends.TrendIngestion} is the entry point for every source.
 */
package io.trendscout.trend.trends;
