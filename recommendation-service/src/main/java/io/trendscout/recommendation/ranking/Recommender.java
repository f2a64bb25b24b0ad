package io.trendscout.recommendation.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Serves from a trained {@link Model}: gathers candidates (item neighbours of the user's products, what trends in the
 * user's niches and categories, what trends overall), scores them with the {@link Weights} blend, drops what the
 * filters exclude and what the user has already seen or saved, and re-ranks for diversity (at most
 * {@code maxPerCategory} per primary category while other products are left).
 */
public final class Recommender {

    private static final int NICHE_CANDIDATES = 200;
    private static final int CATEGORY_CANDIDATES = 100;
    private static final int INTEREST_NICHES = 3;
    private static final double DIVERSITY_PENALTY = 0.5;

    private final Weights weights;

    public Recommender(Weights weights) {
        this.weights = weights;
    }

    public List<Recommendation> recommend(Model model, UserHistory history, Query query) {
        return recommend(model, history, query, Strategy.HYBRID);
    }

    public List<Recommendation> recommend(Model model, UserHistory history, Query query, Strategy strategy) {
        if (model.size() == 0 || query.limit() < 1) {
            return List.of();
        }
        if (strategy == Strategy.POPULARITY) {
            return popular(model, history, query);
        }
        Profile profile = Profile.of(model, history);
        Map<Integer, Candidate> candidates = new HashMap<>();
        collaborative(model, profile, candidates);
        if (strategy == Strategy.HYBRID) {
            contentAndTrend(model, profile, query, candidates);
        }
        float maxCf = 0;
        for (Candidate c : candidates.values()) {
            maxCf = Math.max(maxCf, c.cf);
        }
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            Product p = model.product(c.item);
            if (profile.seen().contains(c.item) || !query.accepts(p)) {
                continue;
            }
            c.cfPart = maxCf > 0 ? weights.cf() * c.cf / maxCf : 0;
            if (strategy == Strategy.HYBRID) {
                c.contentPart = weights.content() * model.features().cosine(c.item, profile.content(), profile.norm());
                c.trendPart = weights.trend() * model.momentum(c.item);
            }
            c.score = c.cfPart + c.contentPart + c.trendPart;
            ranked.add(c);
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.item));
        List<Candidate> chosen = strategy == Strategy.HYBRID ? diversify(model, ranked, query.limit())
                : ranked.subList(0, Math.min(query.limit(), ranked.size()));
        return chosen.stream().map(c -> Explanations.explain(model, profile, history, c)).toList();
    }

    /** Products like the given one; empty when the model does not know the product. */
    public Optional<List<Recommendation>> similar(Model model, UUID productId, Query query) {
        int i = model.indexOf(productId);
        if (i < 0) {
            return Optional.empty();
        }
        Product source = model.product(i);
        Map<Integer, Candidate> candidates = new HashMap<>();
        int[] nb = model.neighbors(i);
        float[] sims = model.similarities(i);
        for (int k = 0; k < nb.length; k++) {
            candidates.computeIfAbsent(nb[k], Candidate::new).cf = sims[k];
        }
        if (source.niche() != null) {
            add(candidates, model.trendingInNiche(source.niche()), NICHE_CANDIDATES);
        }
        for (String c : source.categories()) {
            add(candidates, model.trendingInCategory(c), CATEGORY_CANDIDATES);
        }
        float maxCf = sims.length == 0 ? 0 : sims[0];
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (c.item == i || !query.accepts(model.product(c.item))) {
                continue;
            }
            c.cfPart = maxCf > 0 ? weights.cf() * c.cf / maxCf : 0;
            c.contentPart = weights.content() * model.features().cosine(i, c.item);
            c.trendPart = weights.trend() * model.momentum(c.item);
            c.score = c.cfPart + c.contentPart + c.trendPart;
            ranked.add(c);
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.item));
        return Optional.of(ranked.stream().limit(query.limit()).map(c -> Explanations.explainSimilar(model, source, c)).toList());
    }

    private List<Recommendation> popular(Model model, UserHistory history, Query query) {
        Set<Integer> seen = Profile.of(model, history).seen();
        List<Recommendation> result = new ArrayList<>();
        for (int i : model.byPopularity()) {
            if (result.size() == query.limit()) {
                break;
            }
            if (!seen.contains(i) && query.accepts(model.product(i))) {
                result.add(new Recommendation(model.product(i), model.popularity(i), Recommendation.Reason.POPULAR,
                        "popular with other users", null));
            }
        }
        return result;
    }

    private static void collaborative(Model model, Profile profile, Map<Integer, Candidate> candidates) {
        for (int h = 0; h < profile.items().size(); h++) {
            int i = profile.items().get(h);
            double w = profile.itemWeights().get(h);
            int[] nb = model.neighbors(i);
            float[] sims = model.similarities(i);
            for (int k = 0; k < nb.length; k++) {
                Candidate c = candidates.computeIfAbsent(nb[k], Candidate::new);
                double contribution = w * sims[k];
                c.cf += (float) contribution;
                if (contribution > c.bestContribution) {
                    c.bestContribution = contribution;
                    c.because = i;
                }
            }
        }
    }

    private static void contentAndTrend(Model model, Profile profile, Query query, Map<Integer, Candidate> candidates) {
        if (query.niche() != null && !query.niche().isBlank()) {
            add(candidates, model.trendingInNiche(query.niche()), Integer.MAX_VALUE);
        }
        profile.topNiches(INTEREST_NICHES).forEach(n -> add(candidates, model.trendingInNiche(n), NICHE_CANDIDATES));
        profile.topCategories(INTEREST_NICHES)
                .forEach(c -> add(candidates, model.trendingInCategory(c), CATEGORY_CANDIDATES));
        if (candidates.size() < query.limit() * 5) {
            add(candidates, model.trendingOverall(), Integer.MAX_VALUE);
        }
    }

    private static void add(Map<Integer, Candidate> candidates, int[] items, int max) {
        for (int k = 0; k < items.length && k < max; k++) {
            candidates.computeIfAbsent(items[k], Candidate::new);
        }
    }

    /**
     * Greedy re-ranking: a product whose primary category already holds {@code maxPerCategory} places counts at half
     * its score, so one category fills the list only when nothing else comes close.
     */
    private List<Candidate> diversify(Model model, List<Candidate> ranked, int limit) {
        int cap = weights.maxPerCategory(limit);
        Map<String, Integer> perCategory = new HashMap<>();
        List<Candidate> pool = new ArrayList<>(ranked.subList(0, Math.min(ranked.size(), limit * 4)));
        List<Candidate> chosen = new ArrayList<>();
        while (chosen.size() < limit && !pool.isEmpty()) {
            int best = 0;
            double bestScore = -1;
            for (int k = 0; k < pool.size(); k++) {
                Candidate c = pool.get(k);
                double s = perCategory.getOrDefault(primaryCategory(model.product(c.item)), 0) >= cap
                        ? c.score * DIVERSITY_PENALTY : c.score;
                if (s > bestScore) {
                    bestScore = s;
                    best = k;
                }
            }
            Candidate c = pool.remove(best);
            perCategory.merge(primaryCategory(model.product(c.item)), 1, Integer::sum);
            chosen.add(c);
        }
        return chosen;
    }

    static String primaryCategory(Product p) {
        return !p.categories().isEmpty() ? Model.key(p.categories().getFirst()) : p.niche() == null ? "" : p.niche();
    }
}
