package io.trendscout.trend.trends.web;

import java.time.Instant;
import java.util.List;

import io.trendscout.trend.trends.SourceHealth;
import io.trendscout.trend.trends.SourceOverview;

/**
 * Overview of the trend landscape: biggest movers, trends first detected in the last 24 hours
 * (rolling, so it does not empty at midnight), per category, each source's health, and the size
 * of the creator panel (so a user can judge how representative a panel trend is).
 */
record TrendAnalytics(Instant generatedAt, int periodDays, Totals totals, List<TrendResponse> topMovers,
        List<TrendResponse> newToday, List<CategoryStats> byCategory, List<SourceHealth> sources, SourceOverview.PanelSize panel) {

    record Totals(long trends, long rising, long high, long earlyWarnings, long withdrawn) {
    }

    record CategoryStats(String category, long trends, double averageScore, int maxScore, long rising) {
    }

}
