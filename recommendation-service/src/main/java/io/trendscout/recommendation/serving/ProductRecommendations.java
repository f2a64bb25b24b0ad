package io.trendscout.recommendation.serving;

import java.util.UUID;

import io.trendscout.platform.web.NotFound;
import io.trendscout.recommendation.interactions.Interactions;
import io.trendscout.recommendation.ranking.Model;
import io.trendscout.recommendation.ranking.Query;
import io.trendscout.recommendation.ranking.Recommender;
import io.trendscout.recommendation.ranking.UserHistory;
import org.springframework.stereotype.Service;

/** Personalized and similar-product lists from the serving model and the user's live history. */
@Service
class ProductRecommendations {

    private final ServingModel serving;
    private final Interactions interactions;
    private final Recommender recommender;

    ProductRecommendations(ServingModel serving, Interactions interactions, Recommender recommender) {
        this.serving = serving;
        this.interactions = interactions;
        this.recommender = recommender;
    }

    RecommendationList forUser(UUID user, Query query) {
        if (query.niche() != null) {
            interactions.rememberNiche(user, query.niche());
        }
        Model model = serving.get();
        UserHistory history = interactions.history(user);
        boolean coldStart = history.signals().keySet().stream().noneMatch(model::contains);
        return RecommendationList.of(model, coldStart, recommender.recommend(model, history, query));
    }

    RecommendationList similarTo(UUID product, Query query) {
        Model model = serving.get();
        return recommender.similar(model, product, query).map(list -> RecommendationList.of(model, false, list))
                .orElseThrow(() -> new NotFound("No product " + product + " in the recommendation catalog"));
    }

}
