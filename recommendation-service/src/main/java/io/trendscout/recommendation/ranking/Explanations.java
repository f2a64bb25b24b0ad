package io.trendscout.recommendation.ranking;

import java.util.Set;

/** The human-readable reason attached to every recommendation: the part of the score that weighed most. */
final class Explanations {

    private Explanations() {
    }

    static Recommendation explain(Model model, Profile profile, UserHistory history, Candidate c) {
        Product p = model.product(c.item);
        String niche = p.niche() == null ? "your niches" : p.niche();
        if (profile.items().isEmpty()) {
            return new Recommendation(p, c.score, Recommendation.Reason.TRENDING, trending(p), null);
        }
        if (c.cfPart >= c.contentPart && c.cfPart >= c.trendPart && c.because >= 0) {
            return yours(model, history, c, c.because);
        }
        if (c.contentPart >= c.trendPart) {
            int closest = -1;
            double best = 0.5;
            for (int h = 0; h < profile.items().size() && h < 50; h++) {
                double sim = model.features().cosine(c.item, profile.items().get(h));
                if (sim > best) {
                    best = sim;
                    closest = profile.items().get(h);
                }
            }
            return closest >= 0 ? yours(model, history, c, closest)
                    : new Recommendation(p, c.score, Recommendation.Reason.MATCHES_INTERESTS,
                            "matches your interest in " + niche, null);
        }
        return new Recommendation(p, c.score, Recommendation.Reason.TRENDING, trending(p), null);
    }

    private static String trending(Product p) {
        return p.niche() == null ? "trending now" : "trending in " + p.niche();
    }

    private static Recommendation yours(Model model, UserHistory history, Candidate c, int because) {
        Product mine = model.product(because);
        UserHistory.Signal signal = history.signals().get(mine.id());
        String verb = signal == null ? "liked" : switch (signal.strongest()) {
            case ADDED_TO_COLLECTION -> "added to a collection";
            case SAVED -> "saved";
            default -> "viewed";
        };
        return new Recommendation(model.product(c.item), c.score, Recommendation.Reason.SIMILAR_TO_YOURS,
                "similar to " + mine.name() + " you " + verb, mine.id());
    }

    static Recommendation explainSimilar(Model model, Product source, Candidate c) {
        Product p = model.product(c.item);
        String text;
        if (c.cfPart >= c.contentPart && c.cfPart >= c.trendPart && c.cf > 0) {
            text = "users who liked " + source.name() + " also liked this";
        } else if (c.contentPart >= c.trendPart) {
            Set<String> shared = ContentFeatures.shared(source, p);
            text = shared.isEmpty() ? "also in " + (p.niche() == null ? "the same niche" : p.niche())
                    : "shares " + String.join(", ", shared.stream().limit(3).toList()) + " with " + source.name();
        } else {
            text = trending(p);
        }
        return new Recommendation(p, c.score, Recommendation.Reason.SIMILAR_PRODUCT, text, source.id());
    }
}
