package io.trendscout.recommendation.ranking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Time-split hold-out: the model is trained on interactions before the cut, each user's later products they had not
 * touched before are the relevant set. Reports NDCG@10 (binary relevance), recall@20 and catalog coverage (share of
 * the catalog appearing in any top-10) per strategy.
 */
final class OfflineEvaluation {

    record Figures(Strategy strategy, double ndcgAt10, double recallAt20, double coverage, int users) {
        @Override
        public String toString() {
            return "%-13s NDCG@10 %.4f  recall@20 %.4f  coverage %.3f  (%d users)".formatted(strategy, ndcgAt10,
                    recallAt20, coverage, users);
        }
    }

    static Map<Strategy, Figures> run(SyntheticInteractions data, Instant cut, Weights weights) {
        List<Interaction> train = data.interactions().stream().filter(i -> i.at().isBefore(cut)).toList();
        Map<UUID, List<Interaction>> trainByUser = new HashMap<>();
        train.forEach(i -> trainByUser.computeIfAbsent(i.userId(), u -> new ArrayList<>()).add(i));
        Map<UUID, Set<UUID>> relevant = new HashMap<>();
        for (Interaction i : data.interactions()) {
            if (!i.at().isBefore(cut) && trainByUser.containsKey(i.userId())
                    && trainByUser.get(i.userId()).stream().noneMatch(t -> t.productId().equals(i.productId()))) {
                relevant.computeIfAbsent(i.userId(), u -> new HashSet<>()).add(i.productId());
            }
        }
        Model model = new ModelTrainer(weights.neighbors()).train(data.products(), train, Map.of(), 1, cut);
        Recommender recommender = new Recommender(weights);
        Map<Strategy, Figures> figures = new java.util.EnumMap<>(Strategy.class);
        for (Strategy strategy : Strategy.values()) {
            double ndcg = 0;
            double recall = 0;
            Set<UUID> shown = new HashSet<>();
            for (var e : relevant.entrySet()) {
                UserHistory history = UserHistory.of(trainByUser.get(e.getKey()), Set.of());
                List<UUID> ranked = recommender.recommend(model, history, Query.top(20), strategy).stream()
                        .map(r -> r.product().id()).toList();
                ndcg += ndcg(ranked, e.getValue(), 10);
                recall += ranked.stream().filter(e.getValue()::contains).count() / (double) e.getValue().size();
                shown.addAll(ranked.subList(0, Math.min(10, ranked.size())));
            }
            int users = relevant.size();
            figures.put(strategy, new Figures(strategy, ndcg / users, recall / users,
                    shown.size() / (double) data.products().size(), users));
        }
        return figures;
    }

    static double ndcg(List<UUID> ranked, Set<UUID> relevant, int k) {
        double dcg = 0;
        for (int r = 0; r < Math.min(k, ranked.size()); r++) {
            if (relevant.contains(ranked.get(r))) {
                dcg += 1 / log2(r + 2);
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(k, relevant.size()); r++) {
            ideal += 1 / log2(r + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
