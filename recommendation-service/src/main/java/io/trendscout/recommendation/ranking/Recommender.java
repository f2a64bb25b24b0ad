package io.trendscout.recommendation.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
            if (profile.seen.contains(c.item) || !query.accepts(p)) {
                continue;
            }
            c.cfPart = maxCf > 0 ? weights.cf() * c.cf / maxCf : 0;
            if (strategy == Strategy.HYBRID) {
                c.contentPart = weights.content() * model.features().cosine(c.item, profile.content, profile.norm);
                c.trendPart = weights.trend() * model.momentum(c.item);
            }
            c.score = c.cfPart + c.contentPart + c.trendPart;
            ranked.add(c);
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.item));
        List<Candidate> chosen = strategy == Strategy.HYBRID ? diversify(model, ranked, query.limit())
                : ranked.subList(0, Math.min(query.limit(), ranked.size()));
        return chosen.stream().map(c -> explain(model, profile, history, c)).toList();
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
        return Optional.of(ranked.stream().limit(query.limit()).map(c -> explainSimilar(model, source, c)).toList());
    }

    private List<Recommendation> popular(Model model, UserHistory history, Query query) {
        Set<Integer> seen = Profile.of(model, history).seen;
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
        for (int h = 0; h < profile.items.size(); h++) {
            int i = profile.items.get(h);
            double w = profile.itemWeights.get(h);
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

    private Recommendation explain(Model model, Profile profile, UserHistory history, Candidate c) {
        Product p = model.product(c.item);
        String niche = p.niche() == null ? "your niches" : p.niche();
        if (profile.items.isEmpty()) {
            return new Recommendation(p, c.score, Recommendation.Reason.TRENDING, trending(p), null);
        }
        if (c.cfPart >= c.contentPart && c.cfPart >= c.trendPart && c.because >= 0) {
            return yours(model, history, c, c.because);
        }
        if (c.contentPart >= c.trendPart) {
            int closest = -1;
            double best = 0.5;
            for (int h = 0; h < profile.items.size() && h < 50; h++) {
                double sim = model.features().cosine(c.item, profile.items.get(h));
                if (sim > best) {
                    best = sim;
                    closest = profile.items.get(h);
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

    private static Recommendation explainSimilar(Model model, Product source, Candidate c) {
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

    private static final class Candidate {
        final int item;
        float cf;
        double bestContribution;
        int because = -1;
        double cfPart;
        double contentPart;
        double trendPart;
        double score;

        Candidate(int item) {
            this.item = item;
        }
    }

    /** The user's known products with weights, content profile and niche/category interests. */
    private record Profile(List<Integer> items, List<Double> itemWeights, Set<Integer> seen,
            Map<Integer, Double> content, double norm, Map<String, Double> niches, Map<String, Double> categories) {

        static Profile of(Model model, UserHistory history) {
            List<Integer> items = new ArrayList<>();
            List<Double> itemWeights = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            Map<Integer, Double> content = new HashMap<>();
            Map<String, Double> niches = new HashMap<>();
            Map<String, Double> categories = new HashMap<>();
            double total = 0;
            for (var e : history.signals().entrySet()) {
                int i = model.indexOf(e.getKey());
                if (i < 0) {
                    continue;
                }
                double w = e.getValue().weight();
                items.add(i);
                itemWeights.add(w);
                seen.add(i);
                total += w;
                model.features().addTo(content, i, w);
                Product p = model.product(i);
                if (p.niche() != null) {
                    niches.merge(p.niche(), w, Double::sum);
                }
                p.categories().forEach(c -> categories.merge(Model.key(c), w, Double::sum));
            }
            double explicit = Math.max(1, total / Math.max(1, history.niches().size()) * 0.5);
            for (String n : history.niches()) {
                niches.merge(Model.key(n), explicit + total, Double::sum);
                int f = model.features().nicheFeature(n);
                if (f >= 0) {
                    content.merge(f, explicit * ContentFeatures.NICHE, Double::sum);
                }
            }
            return new Profile(items, itemWeights, seen, content, ContentFeatures.norm(content), niches, categories);
        }

        List<String> topNiches(int n) {
            return top(niches, n);
        }

        List<String> topCategories(int n) {
            return top(categories, n);
        }

        private static List<String> top(Map<String, Double> weights, int n) {
            return weights.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .limit(n).map(Map.Entry::getKey).toList();
        }
    }
}
