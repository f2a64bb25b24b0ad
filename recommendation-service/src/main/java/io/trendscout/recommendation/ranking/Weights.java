package io.trendscout.recommendation.ranking;

/**
 * Blend of the hybrid score: {@code cf * collaborative + content * contentSimilarity + trend * momentum}, each part
 * normalized to 0..1. {@code maxPerCategory} caps how many results may share a primary category (diversity), and
 * {@code neighbors} is how many item neighbours the model keeps per product.
 */
public record Weights(double cf, double content, double trend, int maxPerCategoryPercent, int neighbors) {

    /** The documented defaults, chosen on the offline evaluation (see RankingEvaluationTests). */
    public static final Weights DEFAULT = new Weights(0.6, 0.3, 0.1, 40, 50);

    public Weights {
        if (cf < 0 || content < 0 || trend < 0 || cf + content + trend <= 0) {
            throw new IllegalArgumentException("weights must be non-negative and not all zero");
        }
    }

    int maxPerCategory(int limit) {
        return Math.max(2, (int) Math.ceil(limit * maxPerCategoryPercent / 100.0));
    }
}
