package io.trendscout.trend.trends.web;

import java.time.Instant;
import java.util.List;

/** Overview of the trend landscape: biggest movers, trends first detected in the last 24 hours (rolling, so it does not empty at midnight), and per category. */
record TrendAnalytics(Instant generatedAt, int periodDays, Totals totals, List<TrendResponse> topMovers,
        List<TrendResponse> newToday, List<CategoryStats> byCategory) {

    record Totals(long trends, long rising, long high) {
    }

    record CategoryStats(String category, long trends, double averageScore, int maxScore, long rising) {
    }
}
