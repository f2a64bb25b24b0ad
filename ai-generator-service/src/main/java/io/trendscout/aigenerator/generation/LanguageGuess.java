package io.trendscout.aigenerator.generation;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stop-word heuristic: counts the most frequent function words of German, English and French.
 * Answers a language only when a text has enough of them to say (about 25 words or more).
 */
public final class LanguageGuess {

    private static final Map<Language, Set<String>> STOP_WORDS = new EnumMap<>(Map.of(
            Language.DE, Set.of("der", "die", "das", "und", "ist", "mit", "für", "nicht", "ein", "eine", "den", "dem",
                    "auf", "sich", "dein", "deine", "deinen", "du", "zu", "im", "wie", "auch", "noch", "oder", "bei"),
            Language.EN, Set.of("the", "and", "is", "with", "for", "not", "a", "an", "to", "of", "your", "you", "it",
                    "this", "that", "are", "on", "in", "or", "how", "what", "just", "at"),
            Language.FR, Set.of("le", "la", "les", "et", "est", "avec", "pour", "pas", "un", "une", "des", "du", "de",
                    "ton", "ta", "tes", "votre", "vous", "tu", "dans", "qui", "que", "sur", "au", "aux")));

    private LanguageGuess() {
    }

    public static Optional<Language> of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (words.length < 25) {
            return Optional.empty();
        }
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (String word : words) {
            STOP_WORDS.forEach((language, set) -> {
                if (set.contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            });
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
