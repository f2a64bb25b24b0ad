package io.trendscout.trend.trends.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * A trend as the API shows it (seed Trend schema plus score, breakdown, stage and provenance).
 * The headline metrics, score and stage come from the trend's primary source series (its most
 * advanced one); {@code sources} lists every source series with its own metrics and freshness;
 * {@code asOf} is the time of the newest observation of any of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TrendResponse(UUID id, String name, String displayName, String type, String description, String category,
        List<String> categories, String region, String externalId, int score, String level, String direction,
        String lifecycle, String stage, Instant stageSince, boolean detectedNow, Metrics metrics, Breakdown breakdown,
        Prediction prediction, List<String> relatedProducts, List<String> relatedHashtags, JsonNode topVideos,
        String primarySource, List<SourceView> sources, Instant asOf, List<StageChange> history, String timelineMeasure,
        List<TimelinePoint> timeline, Instant firstDetected, Instant lastDataAt, Instant createdAt, Instant updatedAt) {

    /** Totals over the analysis window (30 days) of the primary source; creators: most in any bucket of the last 48 h. */
    record Metrics(long viewCount, long likeCount, long shareCount, long commentCount, long videoCount, long creatorCount,
            long unitsSold, long gmv, double growthRate) {
    }

    /** Each component 0-100; score = 0.35 velocity + 0.20 acceleration + 0.20 breadth + 0.25 volume. */
    record Breakdown(int velocity, int acceleration, int breadth, int volume, double burstZ, double lift,
            double persistence, long viewsGained, String formula) {
    }

    record Prediction(Instant peakDate, double expectedDuration, long maxViewEstimate, int confidenceScore) {
    }

    /** One source's series of the trend: its kind, bucket, verdict, metrics and freshness. */
    record SourceView(String source, String kind, String bucket, String measure, String stage, int score,
            boolean detectedNow, boolean earlyNow, String lifecycle, Metrics metrics, Instant asOf, Instant newestBucket,
            Instant firstConfirmed, String externalId, Map<String, String> attributes) {
    }

    /** A stage change with its time, source and evidence. */
    record StageChange(Instant at, String stage, String previous, String source, String lifecycle, int score, String reason,
            JsonNode evidence) {
    }

    record TimelinePoint(Instant date, long viewCount, long likeCount, long shareCount, long commentCount,
            long videoCount, long creatorCount, long unitsSold, long gmv) {
    }

    TrendResponse withDetail(List<StageChange> changes, String measure, List<TimelinePoint> points) {
        return new TrendResponse(id, name, displayName, type, description, category, categories, region, externalId, score,
                level, direction, lifecycle, stage, stageSince, detectedNow, metrics, breakdown, prediction, relatedProducts,
                relatedHashtags, topVideos, primarySource, sources, asOf, changes, measure, points, firstDetected, lastDataAt,
                createdAt, updatedAt);
    }

    TrendResponse withSources(List<SourceView> views) {
        return new TrendResponse(id, name, displayName, type, description, category, categories, region, externalId, score,
                level, direction, lifecycle, stage, stageSince, detectedNow, metrics, breakdown, prediction, relatedProducts,
                relatedHashtags, topVideos, primarySource, views, asOf, history, timelineMeasure, timeline, firstDetected,
                lastDataAt, createdAt, updatedAt);
    }
}
