package io.trendscout.recommendation.ranking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Trains a {@link Model}: item-kNN on implicit feedback (cosine between the products' user-weight vectors, keeping the
 * top neighbours per product), popularity (log of summed interaction weight) and trend momentum. Interactions on
 * products not in the catalog are ignored, so events for deleted products do no harm.
 */
public final class ModelTrainer {

    /** Only the most recent products of a user feed the co-occurrence counts (bounds training cost). */
    static final int MAX_ITEMS_PER_USER = 300;
    /** Momentum = 0.8 * trend (product trend score or a matching detected trend) + 0.2 * popularity. */
    static final double TREND_SHARE = 0.8;

    private final int neighbors;

    public ModelTrainer(int neighbors) {
        if (neighbors < 1) {
            throw new IllegalArgumentException("neighbors must be positive");
        }
        this.neighbors = neighbors;
    }

    /**
     * @param topicTrends detected trends by lower-case topic (niche, category, tag or hashtag without '#'), score 0-100
     */
    public Model train(Collection<Product> catalog, Collection<Interaction> interactions,
            Map<String, Integer> topicTrends, long version, Instant trainedAt) {
        Map<UUID, Product> unique = new LinkedHashMap<>();
        catalog.forEach(p -> unique.put(p.id(), p));
        Product[] items = unique.values().stream().sorted(Comparator.comparing(Product::id)).toArray(Product[]::new);
        Map<UUID, Integer> index = new HashMap<>(items.length * 2);
        for (int i = 0; i < items.length; i++) {
            index.put(items[i].id(), i);
        }
        Matrix matrix = Matrix.of(interactions, index, items.length);
        float[] popularity = matrix.popularity();
        float[] momentum = new float[items.length];
        for (int i = 0; i < items.length; i++) {
            momentum[i] = (float) (TREND_SHARE * trend(items[i], topicTrends) + (1 - TREND_SHARE) * popularity[i]);
        }
        int[][] nb = new int[items.length][];
        float[][] sims = new float[items.length][];
        ThreadLocal<float[]> accumulators = ThreadLocal.withInitial(() -> new float[items.length]);
        IntStream.range(0, items.length).parallel().forEach(i -> {
            Neighbours top = matrix.neighbours(i, accumulators.get(), neighbors);
            nb[i] = top.items();
            sims[i] = top.similarities();
        });
        return new Model(version, trainedAt, items, nb, sims, momentum, popularity);
    }

    static double trend(Product p, Map<String, Integer> topicTrends) {
        double direction = switch (p.trendDirection() == null ? "" : Model.key(p.trendDirection())) {
            case "rising" -> 1.0;
            case "falling" -> 0.6;
            default -> 0.85;
        };
        double own = Math.clamp(p.trendScore(), 0, 100) / 100.0 * direction;
        int topic = 0;
        List<String> keys = new ArrayList<>();
        if (p.niche() != null) {
            keys.add(p.niche());
        }
        keys.addAll(p.categories());
        keys.addAll(p.tags());
        for (String k : keys) {
            topic = Math.max(topic, topicTrends.getOrDefault(Model.key(k).replace("#", ""), 0));
        }
        return Math.max(own, 0.8 * Math.clamp(topic, 0, 100) / 100.0);
    }

    record Neighbours(int[] items, float[] similarities) {
    }

    /** The user x product weight matrix in both directions (compressed rows). */
    private record Matrix(int[][] userItems, float[][] userWeights, int[][] itemUsers, float[][] itemWeights,
            float[] norms) {

        static Matrix of(Collection<Interaction> interactions, Map<UUID, Integer> index, int n) {
            Map<UUID, List<Interaction>> byUser = new HashMap<>();
            for (Interaction i : interactions) {
                if (index.containsKey(i.productId())) {
                    byUser.computeIfAbsent(i.userId(), u -> new ArrayList<>()).add(i);
                }
            }
            List<UUID> users = byUser.keySet().stream().sorted().toList();
            int[][] userItems = new int[users.size()][];
            float[][] userWeights = new float[users.size()][];
            int[] counts = new int[n];
            for (int u = 0; u < users.size(); u++) {
                List<Map.Entry<UUID, UserHistory.Signal>> signals =
                        new ArrayList<>(UserHistory.of(byUser.get(users.get(u)), null).signals().entrySet());
                signals = signals.subList(Math.max(0, signals.size() - MAX_ITEMS_PER_USER), signals.size());
                userItems[u] = new int[signals.size()];
                userWeights[u] = new float[signals.size()];
                for (int k = 0; k < signals.size(); k++) {
                    int item = index.get(signals.get(k).getKey());
                    userItems[u][k] = item;
                    userWeights[u][k] = (float) signals.get(k).getValue().weight();
                    counts[item]++;
                }
            }
            int[][] itemUsers = new int[n][];
            float[][] itemWeights = new float[n][];
            for (int i = 0; i < n; i++) {
                itemUsers[i] = new int[counts[i]];
                itemWeights[i] = new float[counts[i]];
            }
            int[] fill = new int[n];
            float[] norms = new float[n];
            for (int u = 0; u < userItems.length; u++) {
                for (int k = 0; k < userItems[u].length; k++) {
                    int i = userItems[u][k];
                    itemUsers[i][fill[i]] = u;
                    itemWeights[i][fill[i]++] = userWeights[u][k];
                    norms[i] += userWeights[u][k] * userWeights[u][k];
                }
            }
            for (int i = 0; i < n; i++) {
                norms[i] = (float) Math.sqrt(norms[i]);
            }
            return new Matrix(userItems, userWeights, itemUsers, itemWeights, norms);
        }

        float[] popularity() {
            float[] pop = new float[norms.length];
            double max = 0;
            for (int i = 0; i < pop.length; i++) {
                double sum = 0;
                for (float w : itemWeights[i]) {
                    sum += w;
                }
                pop[i] = (float) Math.log1p(sum);
                max = Math.max(max, pop[i]);
            }
            for (int i = 0; i < pop.length && max > 0; i++) {
                pop[i] /= (float) max;
            }
            return pop;
        }

        Neighbours neighbours(int i, float[] acc, int k) {
            if (itemUsers[i].length == 0) {
                return new Neighbours(new int[0], new float[0]);
            }
            int[] touched = new int[64];
            int count = 0;
            for (int x = 0; x < itemUsers[i].length; x++) {
                int u = itemUsers[i][x];
                float wi = itemWeights[i][x];
                int[] items = userItems[u];
                float[] weights = userWeights[u];
                for (int y = 0; y < items.length; y++) {
                    int j = items[y];
                    if (j == i) {
                        continue;
                    }
                    if (acc[j] == 0) {
                        if (count == touched.length) {
                            touched = java.util.Arrays.copyOf(touched, count * 2);
                        }
                        touched[count++] = j;
                    }
                    acc[j] += wi * weights[y];
                }
            }
            TopK top = new TopK(k);
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                top.offer(j, acc[j] / (norms[i] * norms[j]));
                acc[j] = 0;
            }
            return top.result();
        }
    }
}
