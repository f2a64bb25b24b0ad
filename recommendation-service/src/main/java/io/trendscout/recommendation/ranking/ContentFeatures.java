package io.trendscout.recommendation.ranking;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Content of each product as a sparse weighted vector over niche (1.0), categories (0.7), tags (0.4) and price band
 * (0.5); cosine between vectors is the content similarity.
 */
final class ContentFeatures {

    static final double NICHE = 1.0;
    static final double CATEGORY = 0.7;
    static final double TAG = 0.4;
    static final double PRICE_BAND = 0.5;
    private static final double[] BANDS = {10, 25, 50, 100, 250, 1000};

    private final Map<String, Integer> ids = new HashMap<>();
    private final int[][] features;
    private final float[][] values;
    private final float[] norms;

    ContentFeatures(Product[] items) {
        features = new int[items.length][];
        values = new float[items.length][];
        norms = new float[items.length];
        for (int i = 0; i < items.length; i++) {
            Map<Integer, Double> vector = vector(items[i]);
            features[i] = new int[vector.size()];
            values[i] = new float[vector.size()];
            int k = 0;
            double sum = 0;
            for (var e : vector.entrySet()) {
                features[i][k] = e.getKey();
                values[i][k++] = e.getValue().floatValue();
                sum += e.getValue() * e.getValue();
            }
            norms[i] = (float) Math.sqrt(sum);
        }
    }

    static int priceBand(Double price) {
        if (price == null) {
            return -1;
        }
        int band = 0;
        while (band < BANDS.length && price >= BANDS[band]) {
            band++;
        }
        return band;
    }

    private Map<Integer, Double> vector(Product p) {
        Map<Integer, Double> v = new HashMap<>();
        if (p.niche() != null) {
            v.merge(id("n:" + p.niche()), NICHE, Math::max);
        }
        for (String c : new LinkedHashSet<>(p.categories())) {
            v.merge(id("c:" + Model.key(c)), CATEGORY, Math::max);
        }
        for (String t : new LinkedHashSet<>(p.tags())) {
            v.merge(id("t:" + Model.key(t)), TAG, Math::max);
        }
        int band = priceBand(p.price());
        if (band >= 0) {
            v.merge(id("p:" + band), PRICE_BAND, Math::max);
        }
        return v;
    }

    private int id(String feature) {
        return ids.computeIfAbsent(feature, f -> ids.size());
    }

    /** Feature id of a niche, or -1 if no product has it. */
    int nicheFeature(String niche) {
        return ids.getOrDefault("n:" + Model.key(niche), -1);
    }

    /** Adds product i's vector, scaled, into a profile. */
    void addTo(Map<Integer, Double> profile, int i, double scale) {
        for (int k = 0; k < features[i].length; k++) {
            profile.merge(features[i][k], values[i][k] * scale, Double::sum);
        }
    }

    /** Cosine between product i and a profile whose norm is given. */
    double cosine(int i, Map<Integer, Double> profile, double profileNorm) {
        if (profileNorm == 0 || norms[i] == 0) {
            return 0;
        }
        double dot = 0;
        for (int k = 0; k < features[i].length; k++) {
            Double w = profile.get(features[i][k]);
            if (w != null) {
                dot += w * values[i][k];
            }
        }
        return dot / (profileNorm * norms[i]);
    }

    /** Cosine between two products. */
    double cosine(int a, int b) {
        if (norms[a] == 0 || norms[b] == 0) {
            return 0;
        }
        double dot = 0;
        for (int x = 0; x < features[a].length; x++) {
            for (int y = 0; y < features[b].length; y++) {
                if (features[a][x] == features[b][y]) {
                    dot += values[a][x] * values[b][y];
                }
            }
        }
        return dot / (norms[a] * norms[b]);
    }

    /** Names of the categories and tags two products share (for reasons). */
    static Set<String> shared(Product a, Product b) {
        Set<String> shared = new LinkedHashSet<>();
        for (String c : a.categories()) {
            if (b.categories().stream().anyMatch(x -> Model.key(x).equals(Model.key(c)))) {
                shared.add(c);
            }
        }
        for (String t : a.tags()) {
            if (b.tags().stream().anyMatch(x -> Model.key(x).equals(Model.key(t)))) {
                shared.add(t);
            }
        }
        return shared;
    }

    static double norm(Map<Integer, Double> profile) {
        double sum = 0;
        for (double w : profile.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
