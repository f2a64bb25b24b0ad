package io.trendscout.recommendation.creators;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores creators against a reference: 0.5 x niche overlap (Jaccard of hashtags) + 0.3 x audience band (same band 1,
 * neighbouring 0.5) + 0.2 x engagement closeness (1 - |difference| / larger rate). Without a reference creator
 * (a user who has not connected TikTok), niches alone rank, engagement breaking ties.
 */
final class CreatorMatcher {

    record Match(Creator creator, double score, String reason) {
    }

    private CreatorMatcher() {
    }

    static List<Match> similar(Creator reference, Set<String> niches, List<Creator> creators, int limit) {
        Set<String> wanted = new HashSet<>(niches);
        if (reference != null) {
            wanted.addAll(reference.niches());
        }
        return creators.stream()
                .filter(c -> reference == null || !c.userId().equals(reference.userId()))
                .map(c -> match(reference, wanted, c))
                .filter(m -> wanted.isEmpty() || m.score() > 0.2 || reference == null && !overlap(wanted, m.creator()).isEmpty())
                .sorted(Comparator.comparingDouble((Match m) -> -m.score())
                        .thenComparing(m -> m.creator().userId()))
                .limit(limit).toList();
    }

    static Match match(Creator reference, Set<String> wanted, Creator c) {
        Set<String> shared = overlap(wanted, c);
        Set<String> union = new HashSet<>(wanted);
        union.addAll(c.niches());
        double niche = union.isEmpty() ? 0 : shared.size() / (double) union.size();
        String topics = shared.isEmpty() ? "" : "also posts about " + String.join(", ",
                shared.stream().sorted().limit(3).map(s -> "#" + s).toList());
        if (reference == null) {
            double score = 0.8 * niche + 0.2 * Math.min(1, c.engagementRate() / 20);
            String reason = topics.isEmpty() ? "high engagement (%.1f%%)".formatted(c.engagementRate())
                    : topics + ", " + c.band().label;
            return new Match(c, score, reason);
        }
        int bandDistance = Math.abs(c.band().ordinal() - reference.band().ordinal());
        double band = bandDistance == 0 ? 1 : bandDistance == 1 ? 0.5 : 0;
        double larger = Math.max(c.engagementRate(), reference.engagementRate());
        double engagement = larger <= 0 ? 1 : 1 - Math.abs(c.engagementRate() - reference.engagementRate()) / larger;
        double score = 0.5 * niche + 0.3 * band + 0.2 * engagement;
        String audience = bandDistance == 0 ? "same audience size: " + c.band().label : c.band().label;
        String reason = String.join(", ", java.util.stream.Stream.of(topics, audience,
                engagement >= 0.8 ? "similar engagement (%.1f%%)".formatted(c.engagementRate()) : "")
                .filter(s -> !s.isEmpty()).toList());
        return new Match(c, score, reason);
    }

    private static Set<String> overlap(Set<String> wanted, Creator c) {
        Set<String> shared = new HashSet<>();
        for (String n : c.niches()) {
            if (wanted.contains(n.toLowerCase(Locale.ROOT))) {
                shared.add(n);
            }
        }
        return shared;
    }
}
