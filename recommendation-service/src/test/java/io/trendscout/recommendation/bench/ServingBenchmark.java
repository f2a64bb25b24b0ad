package io.trendscout.recommendation.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.trendscout.recommendation.ranking.Interaction;
import io.trendscout.recommendation.ranking.Model;
import io.trendscout.recommendation.ranking.ModelCodec;
import io.trendscout.recommendation.ranking.ModelTrainer;
import io.trendscout.recommendation.ranking.Product;
import io.trendscout.recommendation.ranking.Query;
import io.trendscout.recommendation.ranking.Recommendation;
import io.trendscout.recommendation.ranking.Recommender;
import io.trendscout.recommendation.ranking.Strategy;
import io.trendscout.recommendation.ranking.UserHistory;
import io.trendscout.recommendation.ranking.Weights;

/**
 * Serving benchmark, run once by hand: 100,000 products, 1,000,000 interactions (20,000 users x 50, niche-clustered,
 * Zipf popularity). Reports training time, persisted model size and the latency of a top-20 request (p50/p99/max
 * over 2,000 requests for 200 different users after 2,000 warm-up requests), in-process, without HTTP and database,
 * for the hybrid ranker and, as the baseline in the same run, the popularity ranker.
 *
 * <pre>
 * mvn -B -q -o -pl recommendation-service test-compile
 * java -Xmx2g -cp "recommendation-service/target/classes:recommendation-service/target/test-classes" \
 *     io.trendscout.recommendation.bench.ServingBenchmark
 * </pre>
 */
public final class ServingBenchmark {

    private static String loadAverage() {
        return "%.1f".formatted(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    public static void main(String[] args) {
        int productCount = 100_000;
        int userCount = 20_000;
        int perUser = 50;
        Random random = new Random(7);
        int niches = 40;
        List<Product> products = new ArrayList<>(productCount);
        List<List<Integer>> byNiche = new ArrayList<>();
        for (int n = 0; n < niches; n++) {
            byNiche.add(new ArrayList<>());
        }
        for (int i = 0; i < productCount; i++) {
            int niche = random.nextInt(niches);
            byNiche.get(niche).add(i);
            products.add(new Product(new UUID(3, i), "Product " + i, "niche-" + niche,
                    List.of("cat-" + niche + "-" + random.nextInt(8)),
                    List.of("tag-" + random.nextInt(500), "tag-" + niche + "-" + random.nextInt(20)),
                    Math.exp(2.5 + random.nextGaussian()), "EUR", random.nextInt(101),
                    random.nextBoolean() ? "rising" : "stable", random.nextInt(20) == 0 ? Boolean.FALSE : null));
        }
        List<Interaction> interactions = new ArrayList<>(userCount * perUser);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        Interaction.Kind[] kinds = Interaction.Kind.values();
        for (int u = 0; u < userCount; u++) {
            UUID user = new UUID(4, u);
            int a = random.nextInt(niches);
            int b = random.nextInt(niches);
            for (int k = 0; k < perUser; k++) {
                List<Integer> pool = byNiche.get(random.nextDouble() < 0.7 ? a : b);
                int rank = (int) Math.min(pool.size() - 1, Math.floor(Math.pow(random.nextDouble(), 3) * pool.size()));
                Interaction.Kind kind = random.nextDouble() < 0.7 ? Interaction.Kind.VIEWED : kinds[1 + random.nextInt(3)];
                interactions.add(new Interaction(user, products.get(pool.get(rank)).id(),
                        kind == Interaction.Kind.UNSAVED ? Interaction.Kind.SAVED : kind,
                        start.plusSeconds(random.nextInt(8_640_000))));
            }
        }
        System.out.printf("Data: %,d products, %,d interactions, %,d users; %d cores, max heap %d MB%n", productCount,
                interactions.size(), userCount, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        long t0 = System.nanoTime();
        Model model = new ModelTrainer(Weights.DEFAULT.neighbors()).train(products, interactions, Map.of(), 1,
                Instant.now());
        long trainMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("(load average after training %s)%n", loadAverage());
        long t1 = System.nanoTime();
        byte[] persisted = ModelCodec.encode(model);
        long encodeMs = (System.nanoTime() - t1) / 1_000_000;
        long t2 = System.nanoTime();
        ModelCodec.decode(persisted);
        long decodeMs = (System.nanoTime() - t2) / 1_000_000;
        System.out.printf("Training: %,d ms; persisted model %,d KB (encode %,d ms, decode+index %,d ms)%n", trainMs,
                persisted.length >> 10, encodeMs, decodeMs);

        Recommender recommender = new Recommender(Weights.DEFAULT);
        // 200 different users (their whole histories, a preferred niche each), cycled through.
        Map<UUID, List<Interaction>> byUser = new java.util.HashMap<>();
        for (Interaction i : interactions) {
            if (i.userId().getLeastSignificantBits() < 200) {
                byUser.computeIfAbsent(i.userId(), u -> new ArrayList<>()).add(i);
            }
        }
        List<UserHistory> histories = byUser.values().stream()
                .map(list -> UserHistory.of(list, Set.of("niche-" + (list.size() % niches)))).toList();
        Query query = Query.top(20);
        List<Recommendation> last = List.of();
        for (Strategy strategy : List.of(Strategy.POPULARITY, Strategy.HYBRID)) {
            for (int w = 0; w < 2_000; w++) {
                recommender.recommend(model, histories.get(w % histories.size()), query, strategy);
            }
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] cpu = new long[2_000];
            long[] nanos = new long[2_000];
            for (int r = 0; r < nanos.length; r++) {
                UserHistory history = histories.get(r % histories.size());
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                last = recommender.recommend(model, history, query, strategy);
                nanos[r] = System.nanoTime() - s;
                cpu[r] = threads.getCurrentThreadCpuTime() - c;
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf("Top-20, %s%s, %d users x 10 requests: wall p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                            + " thread CPU p50 %.2f ms, p99 %.2f ms (load average %s)%n",
                    strategy, strategy == Strategy.POPULARITY ? " (baseline: the trivial ranker)" : "", histories.size(),
                    nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6,
                    cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6, loadAverage());
        }
        System.out.println("First result: " + last.getFirst().product().name() + " - " + last.getFirst().explanation());
    }
}
