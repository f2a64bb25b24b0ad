package io.trendscout.recommendation.ranking;

import java.util.UUID;

/**
 * One ranked product with a human-readable reason; {@code basedOn} is the user's product the reason refers to, if
 * any.
 */
public record Recommendation(Product product, double score, Reason reason, String explanation, UUID basedOn) {

    /** Which part of the hybrid score carried the product. */
    public enum Reason { SIMILAR_TO_YOURS, MATCHES_INTERESTS, TRENDING, POPULAR, SIMILAR_PRODUCT }
}
