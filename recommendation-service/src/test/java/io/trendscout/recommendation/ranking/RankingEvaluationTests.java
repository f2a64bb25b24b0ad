package io.trendscout.recommendation.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Offline evaluation on the synthetic data set (2,000 products, 1,500 users, ~60,000 interactions, seed 42), cut at
 * day 80 of 100. Prints the figures; the hybrid must beat the popularity baseline by at least 1.5x on NDCG@10.
 */
class RankingEvaluationTests {

    @Test
    void hybridBeatsPopularityOnHeldOutInteractions() {
        SyntheticInteractions data = SyntheticInteractions.generate(42, 2_000, 1_500, 40);
        Map<Strategy, OfflineEvaluation.Figures> figures = OfflineEvaluation.run(data,
                SyntheticInteractions.START.plus(Duration.ofDays(80)), Weights.DEFAULT);
        System.out.println("Offline evaluation (" + data.interactions().size() + " interactions, time split at day 80):");
        figures.values().forEach(f -> System.out.println("  " + f));
        double hybrid = figures.get(Strategy.HYBRID).ndcgAt10();
        double popularity = figures.get(Strategy.POPULARITY).ndcgAt10();
        System.out.printf("  hybrid / popularity NDCG@10 = %.2fx%n", hybrid / popularity);
        assertThat(hybrid).isGreaterThanOrEqualTo(1.5 * popularity);
        assertThat(figures.get(Strategy.HYBRID).coverage()).isGreaterThan(figures.get(Strategy.POPULARITY).coverage());
    }
}
