package io.trendscout.aigenerator.generation.builtin;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.trendscout.aigenerator.generation.Language;
import io.trendscout.aigenerator.generation.LanguageGuess;
import io.trendscout.aigenerator.subjects.Subject;

/** Fills one subject's attributes into template placeholders. */
final class Filler {

    final Subject subject;
    final Phrases phrases;
    private final Language language;
    private final String category;
    private final String features;

    Filler(Subject subject, Language language) {
        this.subject = subject;
        this.language = language;
        this.phrases = Phrases.of(language);
        this.category = subject.category().isBlank() ? phrases.genericCategory() : BuiltinGenerator.clip(subject.category(), 40);
        List<String> parts = Stream.concat(subject.keywords().stream(), subject.features().stream())
                .map(s -> BuiltinGenerator.clip(s, 30)).filter(s -> !s.isBlank()).distinct().limit(3).toList();
        this.features = parts.isEmpty() ? this.category : join(parts, phrases.and());
    }

    String fill(String template) {
        return template.replace("{name}", BuiltinGenerator.clip(subject.name(), 120))
                .replace("{keyword}", subject.mainKeyword())
                .replace("{category}", category)
                .replace("{features}", features)
                .replace("{score}", subject.trendScore() == null ? "0" : subject.trendScore().toString());
    }

    List<String> all(List<String> templates) {
        return templates.stream().map(this::fill).toList();
    }

    /** The subject's own description (cut to 400 characters), unless it is empty or recognisably in another language. */
    Optional<String> ownDescription() {
        String description = BuiltinGenerator.clip(subject.description().replaceAll("\\s+", " "), 400);
        if (description.length() < 20 || LanguageGuess.of(description).filter(guess -> guess != language).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(description);
    }

    private static String join(List<String> parts, String and) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return parts.subList(0, parts.size() - 1).stream().collect(Collectors.joining(", ")) + " " + and + " " + parts.getLast();
    }
}
