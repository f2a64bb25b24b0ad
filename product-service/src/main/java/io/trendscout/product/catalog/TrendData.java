package io.trendscout.product.catalog;

import java.time.Instant;
import java.util.List;

/** How a product trends on TikTok: score 0-100, level (low, medium, high), direction (rising, stable, falling). */
public record TrendData(int trendScore, String trendLevel, String trendDirection, Instant firstDetected,
        Instant peakDate, List<String> relatedHashtags) {
}
