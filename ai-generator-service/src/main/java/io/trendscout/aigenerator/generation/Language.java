package io.trendscout.aigenerator.generation;

import java.util.Locale;

import io.trendscout.platform.web.InvalidRequest;

/** Output languages. */
public enum Language {
    DE("German"), EN("English"), FR("French");

    private final String englishName;

    Language(String englishName) {
        this.englishName = englishName;
    }

    public String englishName() {
        return englishName;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses de, en or fr (any case); anything else is a 400 naming the field. */
    public static Language parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest("language", "language is required (de, en or fr)");
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "de" -> DE;
            case "en" -> EN;
            case "fr" -> FR;
            default -> throw new InvalidRequest("language", "language must be de, en or fr");
        };
    }
}
