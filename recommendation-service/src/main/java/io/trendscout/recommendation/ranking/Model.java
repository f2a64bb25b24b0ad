package io.trendscout.recommendation.ranking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An immutable trained model: the catalog it was trained on, each product's nearest neighbours by item-item cosine on
 * implicit feedback, popularity and trend momentum (0..1). Content features and the per-niche / per-category trending
 * lists are derived from the products when the model is built, so only the trained parts need persisting.
 */
public final class Model {

    static final int TOP_PER_NICHE = 300;
    static final int TOP_PER_CATEGORY = 150;
    static final int TOP_OVERALL = 500;

    private final long version;
    private final Instant trainedAt;
    private final Product[] items;
    private final int[][] neighbors;
    private final float[][] similarities;
    private final float[] momentum;
    private final float[] popularity;
    private final Map<UUID, Integer> index;
    private final ContentFeatures features;
    private final Map<String, int[]> trendingByNiche;
    private final Map<String, int[]> trendingByCategory;
    private final int[] trendingOverall;
    private final int[] byPopularity;

    public Model(long version, Instant trainedAt, Product[] items, int[][] neighbors, float[][] similarities,
            float[] momentum, float[] popularity) {
        int n = items.length;
        if (neighbors.length != n || similarities.length != n || momentum.length != n || popularity.length != n) {
            throw new IllegalArgumentException("model arrays must all have one entry per product");
        }
        this.version = version;
        this.trainedAt = trainedAt;
        this.items = items;
        this.neighbors = neighbors;
        this.similarities = similarities;
        this.momentum = momentum;
        this.popularity = popularity;
        this.index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(items[i].id(), i);
        }
        this.features = new ContentFeatures(items);
        Comparator<Integer> hottest = Comparator.<Integer>comparingDouble(i -> -momentum[i])
                .thenComparingDouble(i -> -popularity[i]).thenComparing(i -> items[i].id());
        Map<String, List<Integer>> niche = new HashMap<>();
        Map<String, List<Integer>> category = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (items[i].niche() != null) {
                niche.computeIfAbsent(items[i].niche(), k -> new ArrayList<>()).add(i);
            }
            for (String c : items[i].categories()) {
                category.computeIfAbsent(key(c), k -> new ArrayList<>()).add(i);
            }
        }
        this.trendingByNiche = top(niche, hottest, TOP_PER_NICHE);
        this.trendingByCategory = top(category, hottest, TOP_PER_CATEGORY);
        Integer[] all = new Integer[n];
        Arrays.setAll(all, i -> i);
        Integer[] hot = all.clone();
        Arrays.sort(hot, hottest);
        this.trendingOverall = Arrays.stream(hot).limit(TOP_OVERALL).mapToInt(Integer::intValue).toArray();
        Arrays.sort(all, Comparator.<Integer>comparingDouble(i -> -popularity[i]).thenComparing(i -> items[i].id()));
        this.byPopularity = Arrays.stream(all).mapToInt(Integer::intValue).toArray();
    }

    /** The model before any training: no products, version 0. */
    public static Model empty() {
        return new Model(0, Instant.EPOCH, new Product[0], new int[0][], new float[0][], new float[0], new float[0]);
    }

    static String key(String value) {
        return value.toLowerCase(Locale.ROOT).trim();
    }

    private static Map<String, int[]> top(Map<String, List<Integer>> groups, Comparator<Integer> order, int limit) {
        Map<String, int[]> result = new HashMap<>();
        groups.forEach((k, list) -> result.put(k,
                list.stream().sorted(order).limit(limit).mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(result);
    }

    public long version() {
        return version;
    }

    public Instant trainedAt() {
        return trainedAt;
    }

    public int size() {
        return items.length;
    }

    public boolean contains(UUID product) {
        return index.containsKey(product);
    }

    /** Index of a product, or -1 when the model does not know it. */
    int indexOf(UUID product) {
        Integer i = index.get(product);
        return i == null ? -1 : i;
    }

    Product product(int i) {
        return items[i];
    }

    public Product product(UUID id) {
        int i = indexOf(id);
        return i < 0 ? null : items[i];
    }

    int[] neighbors(int i) {
        return neighbors[i];
    }

    float[] similarities(int i) {
        return similarities[i];
    }

    float momentum(int i) {
        return momentum[i];
    }

    float popularity(int i) {
        return popularity[i];
    }

    ContentFeatures features() {
        return features;
    }

    int[] trendingInNiche(String niche) {
        return trendingByNiche.getOrDefault(key(niche), new int[0]);
    }

    int[] trendingInCategory(String category) {
        return trendingByCategory.getOrDefault(key(category), new int[0]);
    }

    int[] trendingOverall() {
        return trendingOverall;
    }

    int[] byPopularity() {
        return byPopularity;
    }

    /** For persistence: the raw trained arrays (not copied; callers must not change them). */
    public Product[] items() {
        return items;
    }

    public int[][] neighborArrays() {
        return neighbors;
    }

    public float[][] similarityArrays() {
        return similarities;
    }

    public float[] momentumArray() {
        return momentum;
    }

    public float[] popularityArray() {
        return popularity;
    }
}
