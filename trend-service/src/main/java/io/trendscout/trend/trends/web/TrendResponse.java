package io.trendscout.trend.trends.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/** A trend as the API shows it (seed Trend schema plus score, breakdown and classification). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TrendResponse(UUID id, String name, String type, String description, String category, List<String> categories,
        String region, int score, String level, String direction, String lifecycle, boolean detectedNow,
        Metrics metrics, Breakdown breakdown, Prediction prediction, List<String> relatedProducts,
        List<String> relatedHashtags, JsonNode topVideos, List<TimelinePoint> timeline, Instant firstDetected,
        Instant lastDataAt, Instant createdAt, Instant updatedAt) {

    record Metrics(long viewCount, long likeCount, long shareCount, long commentCount, long videoCount, long creatorCount,
            double growthRate) {
    }

    /** Each component 0-100; score = 0.35 velocity + 0.20 acceleration + 0.20 breadth + 0.25 volume. */
    record Breakdown(int velocity, int acceleration, int breadth, int volume, double burstZ, double lift,
            double persistence, long viewsGained, String formula) {
    }

    record Prediction(Instant peakDate, double expectedDuration, long maxViewEstimate, int confidenceScore) {
    }

    record TimelinePoint(Instant date, long viewCount, long likeCount, long shareCount, long commentCount,
            long videoCount, long creatorCount) {
    }

    TrendResponse withTimeline(List<TimelinePoint> points) {
        return new TrendResponse(id, name, type, description, category, categories, region, score, level, direction,
                lifecycle, detectedNow, metrics, breakdown, prediction, relatedProducts, relatedHashtags, topVideos, points,
                firstDetected, lastDataAt, createdAt, updatedAt);
    }
}
