package io.trendscout.recommendation.ranking;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A user's interactions folded per product: views count once each up to {@link #MAX_VIEWS}, a save counts while it is
 * not undone by a later unsave, a collection add counts always. {@code strongest} is the kind shown in reasons.
 */
public record UserHistory(Map<UUID, Signal> signals, Set<String> niches) {

    static final int MAX_VIEWS = 3;

    public static final UserHistory EMPTY = new UserHistory(Map.of(), Set.of());

    /** The folded signal of one product. */
    public record Signal(double weight, boolean saved, Interaction.Kind strongest) {
    }

    public UserHistory {
        // insertion order (first interaction first) matters: training keeps a user's most recent products
        signals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(signals));
        niches = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(niches));
    }

    public static UserHistory of(Collection<Interaction> interactions, Set<String> niches) {
        Map<UUID, Fold> folds = new LinkedHashMap<>();
        interactions.stream().sorted(Comparator.comparing(Interaction::at))
                .forEach(i -> folds.computeIfAbsent(i.productId(), id -> new Fold()).add(i.kind()));
        Map<UUID, Signal> signals = new LinkedHashMap<>();
        folds.forEach((id, fold) -> {
            if (fold.weight() > 0) {
                signals.put(id, fold.signal());
            }
        });
        return new UserHistory(signals, niches == null ? Set.of() : niches);
    }

    public boolean isEmpty() {
        return signals.isEmpty();
    }

    /** Products the user keeps (saved or collected): never recommended back. */
    public boolean keeps(UUID product) {
        Signal s = signals.get(product);
        return s != null && s.saved();
    }

    private static final class Fold {
        int views;
        boolean saved;
        boolean collected;

        void add(Interaction.Kind kind) {
            switch (kind) {
                case VIEWED -> views++;
                case SAVED -> saved = true;
                case UNSAVED -> saved = false;
                case ADDED_TO_COLLECTION -> collected = true;
            }
        }

        double weight() {
            return Math.min(views, MAX_VIEWS) * Interaction.Kind.VIEWED.weight()
                    + (saved ? Interaction.Kind.SAVED.weight() : 0)
                    + (collected ? Interaction.Kind.ADDED_TO_COLLECTION.weight() : 0);
        }

        Signal signal() {
            Interaction.Kind strongest = collected ? Interaction.Kind.ADDED_TO_COLLECTION
                    : saved ? Interaction.Kind.SAVED : Interaction.Kind.VIEWED;
            return new Signal(weight(), saved || collected, strongest);
        }
    }
}
