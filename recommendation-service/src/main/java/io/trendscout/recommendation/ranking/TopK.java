package io.trendscout.recommendation.ranking;

import java.util.Arrays;

/** Keeps the k best (index, score) pairs in a min-heap; ties keep the lower index for determinism. */
final class TopK {

    private final int[] items;
    private final float[] scores;
    private int size;

    TopK(int k) {
        items = new int[k];
        scores = new float[k];
    }

    private boolean worse(int a, int b) {
        return scores[a] < scores[b] || (scores[a] == scores[b] && items[a] > items[b]);
    }

    void offer(int item, float score) {
        if (size < items.length) {
            items[size] = item;
            scores[size] = score;
            int c = size++;
            while (c > 0 && worse(c, (c - 1) / 2)) {
                swap(c, (c - 1) / 2);
                c = (c - 1) / 2;
            }
            return;
        }
        if (score < scores[0] || (score == scores[0] && item > items[0])) {
            return;
        }
        items[0] = item;
        scores[0] = score;
        int p = 0;
        while (true) {
            int l = 2 * p + 1;
            int r = l + 1;
            int m = p;
            if (l < size && worse(l, m)) {
                m = l;
            }
            if (r < size && worse(r, m)) {
                m = r;
            }
            if (m == p) {
                return;
            }
            swap(p, m);
            p = m;
        }
    }

    private void swap(int a, int b) {
        int ti = items[a];
        items[a] = items[b];
        items[b] = ti;
        float ts = scores[a];
        scores[a] = scores[b];
        scores[b] = ts;
    }

    /** Best first. */
    ModelTrainer.Neighbours result() {
        Integer[] order = new Integer[size];
        Arrays.setAll(order, x -> x);
        Arrays.sort(order, (a, b) -> worse(a, b) ? 1 : worse(b, a) ? -1 : 0);
        int[] outItems = new int[size];
        float[] outScores = new float[size];
        for (int x = 0; x < size; x++) {
            outItems[x] = items[order[x]];
            outScores[x] = scores[order[x]];
        }
        return new ModelTrainer.Neighbours(outItems, outScores);
    }
}
