package io.trendscout.aigenerator.generation.builtin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.trendscout.aigenerator.generation.ContentIdeas;
import io.trendscout.aigenerator.generation.GeneratedResult;
import io.trendscout.aigenerator.generation.Hints;
import io.trendscout.aigenerator.generation.Kind;
import io.trendscout.aigenerator.generation.Language;
import io.trendscout.aigenerator.generation.MetaTags;
import io.trendscout.aigenerator.generation.ProductDescription;
import io.trendscout.aigenerator.generation.ResultLimits;
import io.trendscout.aigenerator.generation.SeoText;
import io.trendscout.aigenerator.subjects.Subject;
import org.springframework.stereotype.Component;

/**
 * The embedded, deterministic generator: fills the language's templates from the subject's
 * attributes (name, main keyword, category, tags, trend hashtags and score) and the account's
 * best posting hours. The same input always gives the same output.
 */
@Component
public class BuiltinGenerator {

    public static final String PROVIDER = "builtin";
    public static final String VERSION = "builtin.v1";

    public GeneratedResult generate(Kind kind, Subject subject, Language language, Hints hints) {
        Filler f = new Filler(subject, language);
        return switch (kind) {
            case SEO_TEXT -> seoText(f);
            case META_TAGS -> metaTags(f);
            case DESCRIPTION -> description(f);
            case CONTENT_IDEAS -> contentIdeas(f, hints);
        };
    }

    private static SeoText seoText(Filler f) {
        List<String> paragraphs = new ArrayList<>(f.all(f.phrases.seoParagraphs()));
        f.ownDescription().ifPresent(d -> paragraphs.add(1, d));
        if (f.subject.trendScore() != null && f.subject.trendScore() > 0) {
            paragraphs.add(f.fill(f.phrases.trendSentence()));
        }
        String text = String.join("\n\n", paragraphs);
        return new SeoText(title(f, f.phrases.seoSuffixes()), cut(text, ResultLimits.SEO_TEXT_MAX), keywords(f));
    }

    private static MetaTags metaTags(Filler f) {
        return new MetaTags(title(f, List.of(f.phrases.metaSuffix(), "")),
                cut(f.fill(f.phrases.metaDescription()), ResultLimits.META_DESCRIPTION_MAX), keywords(f));
    }

    private static ProductDescription description(Filler f) {
        List<String> paragraphs = new ArrayList<>(f.all(f.phrases.descriptionParagraphs()));
        f.ownDescription().ifPresent(paragraphs::add);
        List<String> bullets = new ArrayList<>(f.all(f.phrases.bullets()));
        f.subject.keywords().stream().limit(2).map(tag -> f.phrases.tagBullet().replace("{features}", clip(tag, 60)))
                .forEach(bullets::add);
        return new ProductDescription(cut(f.fill(f.phrases.shortDescription()), 200), cut(String.join("\n\n", paragraphs), 2500),
                bullets);
    }

    private static ContentIdeas contentIdeas(Filler f, Hints hints) {
        List<ContentIdeas.Idea> ideas = f.phrases.ideas().stream()
                .map(i -> new ContentIdeas.Idea(cut(f.fill(i.hook()), 150), f.all(i.script()), i.format(), i.seconds()))
                .toList();
        List<ContentIdeas.Format> formats = f.phrases.ideas().stream()
                .map(i -> new ContentIdeas.Format(i.format(), i.seconds(), i.why())).toList();
        List<ContentIdeas.PostingTime> times = hints.postingHours().isEmpty()
                ? f.phrases.defaultTimes().stream().map(t -> new ContentIdeas.PostingTime(t.day(), t.hour(), t.reason())).toList()
                : hints.postingHours().stream().map(h -> new ContentIdeas.PostingTime("DAILY", h, f.phrases.ownHourReason())).toList();
        return new ContentIdeas(ideas, hashtags(f), times, formats);
    }

    private static String title(Filler f, List<String> suffixes) {
        String keyword = f.subject.mainKeyword();
        for (String suffix : suffixes) {
            String title = suffix.isEmpty() ? keyword : keyword + " – " + suffix;
            if (title.length() <= ResultLimits.SEO_TITLE_MAX && title.length() >= 10) {
                return title;
            }
        }
        return keyword.length() >= 10 ? keyword : keyword + " – " + suffixes.getLast();
    }

    private static List<String> keywords(Filler f) {
        Set<String> keywords = new LinkedHashSet<>();
        String keyword = f.subject.mainKeyword();
        keywords.add(keyword);
        keywords.add(keyword + " " + f.phrases.buyKeyword());
        keywords.add(keyword + " " + f.phrases.reviewKeyword());
        if (!f.subject.category().isBlank()) {
            keywords.add(clip(f.subject.category(), 60));
        }
        f.subject.keywords().stream().map(k -> clip(k, 60)).forEach(keywords::add);
        return keywords.stream().filter(k -> !k.isBlank()).limit(8).toList();
    }

    private static List<String> hashtags(Filler f) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(hashtag(f.subject.mainKeyword()));
        f.subject.hashtags().stream().map(BuiltinGenerator::hashtag).forEach(tags::add);
        tags.add(hashtag(f.subject.category()));
        f.phrases.genericHashtags().stream().map(BuiltinGenerator::hashtag).forEach(tags::add);
        return tags.stream().filter(t -> ResultLimits.HASHTAG.matcher(t).matches()).limit(10).toList();
    }

    /** "#" + the letters, digits and underscores of a phrase, lower case, at most 50 characters. */
    static String hashtag(String phrase) {
        String bare = phrase == null ? "" : phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]", "");
        return "#" + (bare.length() > 50 ? bare.substring(0, 50) : bare);
    }

    /** Cuts at a word boundary so that the text is at most {@code max} characters. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }

    static String clip(String text, int max) {
        String clean = text.strip();
        return clean.length() <= max ? clean : cut(clean, max);
    }
}
