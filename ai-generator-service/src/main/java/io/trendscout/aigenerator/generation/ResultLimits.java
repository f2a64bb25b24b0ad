package io.trendscout.aigenerator.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The limits every result must meet, whichever provider made it: lengths, no empty fields, the
 * main keyword where SEO needs it, well-formed hashtags and the requested language (a stop-word
 * heuristic on the longer texts). Returns the violations; an empty list means the result is fine.
 */
public final class ResultLimits {

    public static final int META_TITLE_MAX = 60;
    public static final int META_DESCRIPTION_MAX = 155;
    public static final int SEO_TITLE_MAX = 60;
    public static final int SEO_TEXT_MIN = 200;
    public static final int SEO_TEXT_MAX = 3000;
    public static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]{1,50}");

    private ResultLimits() {
    }

    public static List<String> check(GeneratedResult result, Language language, String mainKeyword) {
        Violations v = new Violations();
        switch (result) {
            case SeoText seo -> {
                v.text("title", seo.title(), 10, SEO_TITLE_MAX);
                v.text("text", seo.text(), SEO_TEXT_MIN, SEO_TEXT_MAX);
                v.contains("title", seo.title(), mainKeyword);
                v.contains("text", seo.text(), mainKeyword);
                v.list("keywords", seo.keywords(), 3, 12, 60);
                v.language("text", seo.text(), language);
            }
            case MetaTags meta -> {
                v.text("title", meta.title(), 10, META_TITLE_MAX);
                v.text("description", meta.description(), 50, META_DESCRIPTION_MAX);
                v.contains("title", meta.title(), mainKeyword);
                v.contains("description", meta.description(), mainKeyword);
                v.list("keywords", meta.keywords(), 3, 12, 60);
            }
            case ProductDescription description -> {
                v.text("shortDescription", description.shortDescription(), 20, 200);
                v.text("text", description.text(), 150, 2500);
                v.contains("text", description.text(), mainKeyword);
                v.list("bullets", description.bullets(), 3, 6, 160);
                v.language("text", description.text(), language);
            }
            case ContentIdeas ideas -> checkIdeas(v, ideas, language);
        }
        return v.found;
    }

    private static void checkIdeas(Violations v, ContentIdeas ideas, Language language) {
        if (ideas.ideas() == null || ideas.ideas().size() < 2 || ideas.ideas().size() > 6) {
            v.found.add("ideas: between 2 and 6 ideas required");
        } else {
            StringBuilder scripts = new StringBuilder();
            for (int i = 0; i < ideas.ideas().size(); i++) {
                ContentIdeas.Idea idea = ideas.ideas().get(i);
                if (idea == null) {
                    v.found.add("ideas[" + i + "]: missing");
                    continue;
                }
                v.text("ideas[" + i + "].hook", idea.hook(), 10, 150);
                v.list("ideas[" + i + "].script", idea.script(), 2, 8, 300);
                v.text("ideas[" + i + "].format", idea.format(), 2, 60);
                if (idea.durationSeconds() < 5 || idea.durationSeconds() > 600) {
                    v.found.add("ideas[" + i + "].durationSeconds: between 5 and 600");
                }
                scripts.append(idea.hook()).append(' ');
                if (idea.script() != null) {
                    idea.script().forEach(line -> scripts.append(line).append(' '));
                }
            }
            v.language("ideas", scripts.toString(), language);
        }
        v.list("hashtags", ideas.hashtags(), 3, 15, 51);
        if (ideas.hashtags() != null) {
            ideas.hashtags().stream().filter(tag -> tag == null || !HASHTAG.matcher(tag).matches())
                    .forEach(tag -> v.found.add("hashtags: malformed hashtag " + tag));
        }
        if (ideas.postingTimes() == null || ideas.postingTimes().isEmpty() || ideas.postingTimes().size() > 7) {
            v.found.add("postingTimes: between 1 and 7 required");
        } else {
            for (ContentIdeas.PostingTime time : ideas.postingTimes()) {
                if (time == null || time.hour() < 0 || time.hour() > 23 || blank(time.day()) || blank(time.reason())) {
                    v.found.add("postingTimes: day, hour 0-23 and reason required");
                }
            }
        }
        if (ideas.formats() == null || ideas.formats().isEmpty() || ideas.formats().size() > 5) {
            v.found.add("formats: between 1 and 5 required");
        } else {
            for (ContentIdeas.Format format : ideas.formats()) {
                if (format == null || blank(format.name()) || blank(format.why()) || format.durationSeconds() < 5) {
                    v.found.add("formats: name, why and a duration of at least 5 s required");
                }
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static final class Violations {

        final List<String> found = new ArrayList<>();

        void text(String field, String value, int min, int max) {
            if (blank(value)) {
                found.add(field + ": must not be empty");
            } else if (value.strip().length() < min || value.length() > max) {
                found.add(field + ": length " + value.length() + " outside " + min + ".." + max);
            }
        }

        void list(String field, List<String> values, int min, int max, int maxLength) {
            if (values == null || values.size() < min || values.size() > max) {
                found.add(field + ": between " + min + " and " + max + " entries required");
                return;
            }
            for (String value : values) {
                if (blank(value) || value.length() > maxLength) {
                    found.add(field + ": entries must be non-empty and at most " + maxLength + " characters");
                    return;
                }
            }
        }

        void contains(String field, String value, String keyword) {
            if (!blank(value) && keyword != null && !value.toLowerCase(Locale.ROOT).contains(keyword.toLowerCase(Locale.ROOT))) {
                found.add(field + ": does not contain the main keyword");
            }
        }

        void language(String field, String value, Language language) {
            if (!blank(value) && LanguageGuess.of(value).filter(guess -> guess != language).isPresent()) {
                found.add(field + ": not written in " + language.englishName());
            }
        }
    }
}
