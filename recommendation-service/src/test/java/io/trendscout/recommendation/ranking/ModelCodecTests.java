package io.trendscout.recommendation.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ModelCodecTests {

    @Test
    void aDecodedModelServesExactlyLikeTheTrainedOne() {
        SyntheticInteractions data = SyntheticInteractions.generate(3, 300, 200, 20);
        Model model = new ModelTrainer(20).train(data.products(), data.interactions(), Map.of("niche-1", 90), 17,
                RecommenderTests.T0);
        Model decoded = ModelCodec.decode(ModelCodec.encode(model));
        assertThat(decoded.version()).isEqualTo(17);
        assertThat(decoded.trainedAt()).isEqualTo(RecommenderTests.T0);
        assertThat(decoded.items()).containsExactly(model.items());
        Recommender recommender = new Recommender(Weights.DEFAULT);
        for (int u = 0; u < 20; u++) {
            var user = data.users().get(u);
            UserHistory history = UserHistory.of(
                    data.interactions().stream().filter(i -> i.userId().equals(user)).toList(), Set.of());
            List<Recommendation> a = recommender.recommend(model, history, Query.top(10));
            List<Recommendation> b = recommender.recommend(decoded, history, Query.top(10));
            assertThat(b).isEqualTo(a);
        }
    }

    @Test
    void garbageIsRejected() {
        assertThatThrownBy(() -> ModelCodec.decode(new byte[] {1, 2, 3})).isInstanceOf(RuntimeException.class);
    }
}
