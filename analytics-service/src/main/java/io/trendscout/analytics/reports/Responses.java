package io.trendscout.analytics.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the analytics API (periods are the first local date of each day, week or month). */
final class Responses {

    private Responses() {
    }

    record Interactions(long views, long saves, long unsaves, long collectionAdds) {
        static final Interactions NONE = new Interactions(0, 0, 0, 0);
    }

    record InteractionPoint(LocalDate period, long views, long saves, long unsaves, long collectionAdds) {
    }

    record UserReport(LocalDate from, LocalDate to, String granularity, String tz, Interactions totals,
            List<InteractionPoint> series) {
    }

    /** saveRate = saves / views (the catalog's conversion proxy), null without views. */
    record ProductStats(UUID productId, long views, long saves, long unsaves, long collectionAdds, Double saveRate,
            List<InteractionPoint> series) {
    }

    record ProductReport(LocalDate from, LocalDate to, String granularity, String tz, String scope,
            List<ProductStats> products) {
    }

    record TrendPoint(LocalDate period, long detections, int maxScore, int lastScore) {
    }

    record TrendStats(UUID trendId, String name, String category, String level, String direction, String lifecycle,
            long detections, int maxScore, int lastScore, List<TrendPoint> series) {
    }

    record TrendReport(LocalDate from, LocalDate to, String granularity, String tz, List<TrendStats> trends) {
    }

    /** The last snapshot fetched within the period. */
    record TiktokPoint(LocalDate period, Instant fetchedAt, long followers, long likes, long videoCount,
            double engagementRate, long averageViews) {
    }

    record TiktokReport(LocalDate from, LocalDate to, String granularity, String tz, Long followersGrowth,
            List<TiktokPoint> series) {
    }

    record SyncHealth(String channel, long upserts, long deletions, Instant lastSyncedAt) {
    }

    /** A KPI against the previous period of the same length; changePercent is null when previous is 0 or unknown. */
    record Kpi(Number current, Number previous, Number change, Double changePercent) {
    }

    record Kpis(Kpi views, Kpi saves, Kpi collectionAdds, Kpi tiktokFollowers, Kpi tiktokEngagementRate) {
    }

    record Dashboard(LocalDate from, LocalDate to, String granularity, String tz, LocalDate previousFrom,
            LocalDate previousTo, Kpis kpis, List<ProductStats> topProducts, List<TrendStats> topTrends,
            List<TiktokPoint> tiktok, List<SyncHealth> syncHealth) {
    }
}
