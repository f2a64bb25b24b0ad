package io.trendscout.recommendation.ranking;

import java.time.Instant;
import java.util.UUID;

/** One implicit-feedback signal of a user on a product. */
public record Interaction(UUID userId, UUID productId, Kind kind, Instant at) {

    /** What the user did; the weight is the strength of the signal for collaborative filtering. */
    public enum Kind {
        VIEWED(1), SAVED(3), UNSAVED(0), ADDED_TO_COLLECTION(4);

        private final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }
    }
}
