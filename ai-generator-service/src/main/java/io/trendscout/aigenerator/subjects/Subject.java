package io.trendscout.aigenerator.subjects;

import java.util.List;

/**
 * The facts a text is generated from. {@code mainKeyword} is the phrase every SEO result must
 * contain; {@code hashtags} are bare tags without '#'.
 */
public record Subject(String type, String id, String name, String mainKeyword, String description, String category,
        List<String> keywords, List<String> features, List<String> hashtags, String trendDirection, Integer trendScore) {

    public static final int MAX_KEYWORD_LENGTH = 40;

    public Subject {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        features = features == null ? List.of() : List.copyOf(features);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        description = description == null ? "" : description;
        category = category == null ? "" : category;
    }

    /** The main keyword of a name: the name itself, cut at a word boundary to at most 40 characters. */
    public static String keywordOf(String name) {
        String clean = name.strip().replaceAll("\\s+", " ");
        if (clean.length() <= MAX_KEYWORD_LENGTH) {
            return clean;
        }
        String cut = clean.substring(0, MAX_KEYWORD_LENGTH + 1);
        int space = cut.lastIndexOf(' ');
        return (space > 10 ? cut.substring(0, space) : clean.substring(0, MAX_KEYWORD_LENGTH)).strip();
    }
}
