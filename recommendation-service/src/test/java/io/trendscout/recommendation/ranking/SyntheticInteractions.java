package io.trendscout.recommendation.ranking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Deterministic synthetic catalog and interactions with latent tastes: each niche has a latent centre, each product a
 * latent vector near its niche's centre plus a popularity prior, each user one or two favourite niches, a latent taste
 * vector and a price preference. A user picks products with probability proportional to
 * {@code exp(sharpness * taste . product + log popularity + price fit)}, stronger affinity making saves and collection
 * adds likelier. Timestamps spread uniformly over 100 days, so a time split holds out every user's later behaviour.
 */
record SyntheticInteractions(List<Product> products, List<Interaction> interactions, List<UUID> users) {

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int DIM = 8;

    static SyntheticInteractions generate(long seed, int productCount, int userCount, int meanPerUser) {
        Random random = new Random(seed);
        int niches = 10;
        double[][] centres = new double[niches][];
        for (int n = 0; n < niches; n++) {
            centres[n] = gaussian(random, 1.0);
        }
        List<Product> products = new ArrayList<>();
        double[][] latent = new double[productCount][];
        double[] logPopularity = new double[productCount];
        for (int i = 0; i < productCount; i++) {
            int niche = random.nextInt(niches);
            latent[i] = add(centres[niche], gaussian(random, 0.5));
            logPopularity[i] = -1.2 * Math.log(1 + random.nextInt(productCount)) / Math.log(10);
            int trend = (int) Math.clamp(60 + 15 * logPopularity[i] + random.nextGaussian() * 15, 0, 100);
            double price = Math.exp(2.5 + random.nextGaussian() * 0.9);
            List<String> categories = List.of("cat-" + niche + "-" + random.nextInt(3));
            List<String> tags = List.of("tag-" + niche + "-" + random.nextInt(6), "tag-" + random.nextInt(40));
            products.add(new Product(new UUID(0, i + 1), "Product " + i, "niche-" + niche, categories, tags, price,
                    "EUR", trend, random.nextBoolean() ? "rising" : "stable", null));
        }
        List<Interaction> interactions = new ArrayList<>();
        List<UUID> users = new ArrayList<>();
        for (int u = 0; u < userCount; u++) {
            UUID user = new UUID(1, u + 1);
            users.add(user);
            int first = random.nextInt(niches);
            double[] taste = add(centres[first], gaussian(random, 0.4));
            if (random.nextDouble() < 0.5) {
                taste = add(scale(taste, 0.6), scale(centres[random.nextInt(niches)], 0.4));
            }
            double pricePreference = 2.5 + random.nextGaussian() * 0.6;
            double[] cumulative = new double[productCount];
            double sum = 0;
            for (int i = 0; i < productCount; i++) {
                double fit = -Math.abs(Math.log(products.get(i).price()) - pricePreference) * 0.5;
                sum += Math.exp(1.6 * dot(taste, latent[i]) / DIM * 4 + logPopularity[i] + fit);
                cumulative[i] = sum;
            }
            int count = Math.max(3, (int) (meanPerUser * (0.3 + random.nextDouble() * 1.4)));
            for (int k = 0; k < count; k++) {
                int i = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                i = i < 0 ? Math.min(productCount - 1, -i - 1) : i;
                double affinity = dot(taste, latent[i]) / DIM;
                Interaction.Kind kind = random.nextDouble() < 0.15 + 0.25 * Math.clamp(affinity, 0, 1)
                        ? (random.nextDouble() < 0.3 ? Interaction.Kind.ADDED_TO_COLLECTION : Interaction.Kind.SAVED)
                        : Interaction.Kind.VIEWED;
                Instant at = START.plusSeconds((long) (random.nextDouble() * 100 * 86_400));
                interactions.add(new Interaction(user, products.get(i).id(), kind, at));
            }
        }
        return new SyntheticInteractions(List.copyOf(products), List.copyOf(interactions), List.copyOf(users));
    }

    private static double[] gaussian(Random random, double sigma) {
        double[] v = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            v[d] = random.nextGaussian() * sigma;
        }
        return v;
    }

    private static double[] add(double[] a, double[] b) {
        double[] v = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            v[d] = a[d] + b[d];
        }
        return v;
    }

    private static double[] scale(double[] a, double f) {
        double[] v = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            v[d] = a[d] * f;
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int d = 0; d < DIM; d++) {
            s += a[d] * b[d];
        }
        return s;
    }
}
