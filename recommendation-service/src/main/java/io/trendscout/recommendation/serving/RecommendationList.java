package io.trendscout.recommendation.serving;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.recommendation.ranking.Model;
import io.trendscout.recommendation.ranking.Recommendation;

/** A response: the model version it came from, whether it was a cold start, and the ranked products. */
record RecommendationList(long modelVersion, Instant trainedAt, boolean coldStart, List<Item> items) {

    /** One recommended product with its reason. */
    record Item(UUID productId, String name, String niche, List<String> categories, Double price, String currency,
            int trendScore, double score, String reason, String reasonCode, UUID basedOn) {
    }

    static RecommendationList of(Model model, boolean coldStart, List<Recommendation> recommendations) {
        return new RecommendationList(model.version(), model.trainedAt(), coldStart, recommendations.stream()
                .map(r -> new Item(r.product().id(), r.product().name(), r.product().niche(), r.product().categories(),
                        r.product().price(), r.product().currency(), r.product().trendScore(),
                        Math.round(r.score() * 10_000) / 10_000.0, r.explanation(), r.reason().name(), r.basedOn()))
                .toList());
    }
}
