package io.trendscout.recommendation.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The user's known products with weights, content profile and niche/category interests. */
record Profile(List<Integer> items, List<Double> itemWeights, Set<Integer> seen,
        Map<Integer, Double> content, double norm, Map<String, Double> niches, Map<String, Double> categories) {

    private static final double STATED_ORDER_BONUS = 1e-6;

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
        // Stated niches come in the user's order (profile niches, primary first, then the ones asked for): a tiny
        // decreasing bonus lets an earlier one win the tie for the top niches instead of the alphabet.
        int rank = history.niches().size();
        for (String n : history.niches()) {
            niches.merge(Model.key(n), explicit + total + rank-- * STATED_ORDER_BONUS, Double::sum);
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
