/** Reads the aggregates per period (day, week, month in the caller's time zone) for dashboards and CSV export. */
package io.trendscout.analytics.reports;
