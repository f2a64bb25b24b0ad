package io.trendscout.aigenerator.generation.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.trendscout.aigenerator.generation.ContentIdeas;
import io.trendscout.aigenerator.generation.GeneratedResult;
import io.trendscout.aigenerator.generation.Hints;
import io.trendscout.aigenerator.generation.Kind;
import io.trendscout.aigenerator.generation.Language;
import io.trendscout.aigenerator.generation.LanguageGuess;
import io.trendscout.aigenerator.generation.MetaTags;
import io.trendscout.aigenerator.generation.ResultLimits;
import io.trendscout.aigenerator.generation.SeoText;
import io.trendscout.aigenerator.subjects.Subject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class BuiltinGeneratorTests {

    private static final String[] ADJECTIVES = {"Portable", "Wireless", "Smart", "Mini", "Magnetic", "Foldable",
            "Rechargeable", "Ergonomic", "Waterproof", "LED", "Ultra-Slim", "Self-Cleaning", "Heated", "Bamboo",
            "Ceramic", "Stainless Steel"};
    private static final String[] NOUNS = {"Blender", "Ring Light", "Neck Massager", "Phone Holder", "Water Bottle",
            "Yoga Mat", "Hair Straightener", "Pet Brush", "Desk Organizer", "Projector", "Car Vacuum", "Knife Set",
            "Sunrise Alarm Clock", "Resistance Bands", "Makeup Mirror", "Posture Corrector", "Ice Roller"};
    private static final String[] EXTRAS = {"", "with USB-C Charging", "for Travel and Home Office",
            "Pro Max Edition 2026 with Extra Long Battery Life and Carry Case", "Set of 3", "für Küche & Bad",
            "pour la maison"};
    private static final String[] CATEGORIES = {"Home & Kitchen", "Beauty", "Fitness", "Pets", "Electronics", "", "Mode"};
    private static final String[] TAGS = {"homegadgets", "kitchenhacks", "beautytok", "fitness", "petsoftiktok",
            "techtok", "cleantok", "wohnideen", "astuces"};

    private final BuiltinGenerator generator = new BuiltinGenerator();

    /** 200 deterministic catalog-like products: mixed-length names, some descriptions, tags and trend data. */
    static List<Subject> sample() {
        Random random = new Random(20260105L);
        List<Subject> products = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = (ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)] + " "
                    + EXTRAS[random.nextInt(EXTRAS.length)]).strip();
            String description = switch (i % 4) {
                case 0 -> "";
                case 1 -> "A practical " + name.toLowerCase() + " that makes your daily routine easier and saves time at home.";
                case 2 -> "Ein praktisches Produkt für den Alltag, das dir Zeit spart und einfach zu bedienen ist. "
                        + "Es ist leicht, robust und passt in jede Tasche, damit du es immer dabei hast und überall nutzen kannst.";
                default -> "x".repeat(random.nextInt(3000));
            };
            List<String> tags = List.of(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)]);
            Integer score = i % 3 == 0 ? null : random.nextInt(101);
            products.add(new Subject("product", "p" + i, name, Subject.keywordOf(name), description,
                    CATEGORIES[random.nextInt(CATEGORIES.length)], tags, List.of(), tags, score == null ? null : "rising",
                    score));
        }
        return products;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySeoResultOfTheSampleMeetsTheLimitsAndContainsTheMainKeyword(Language language) {
        List<Subject> sample = sample();
        assertThat(sample).hasSize(200);
        for (Subject product : sample) {
            for (Kind kind : Kind.values()) {
                GeneratedResult result = generator.generate(kind, product, language, Hints.NONE);
                assertThat(ResultLimits.check(result, language, product.mainKeyword()))
                        .as("%s %s for %s", language, kind, product.name()).isEmpty();
            }
            SeoText seo = (SeoText) generator.generate(Kind.SEO_TEXT, product, language, Hints.NONE);
            MetaTags meta = (MetaTags) generator.generate(Kind.META_TAGS, product, language, Hints.NONE);
            assertThat(seo.title()).hasSizeLessThanOrEqualTo(60).containsIgnoringCase(product.mainKeyword());
            assertThat(seo.text()).containsIgnoringCase(product.mainKeyword());
            assertThat(meta.title()).hasSizeLessThanOrEqualTo(60).containsIgnoringCase(product.mainKeyword());
            assertThat(meta.description()).hasSizeLessThanOrEqualTo(155).containsIgnoringCase(product.mainKeyword());
            assertThat(LanguageGuess.of(seo.text())).contains(language);
        }
    }

    @Test
    void isDeterministic() {
        Subject product = sample().get(7);
        assertThat(generator.generate(Kind.CONTENT_IDEAS, product, Language.FR, Hints.NONE))
                .isEqualTo(generator.generate(Kind.CONTENT_IDEAS, product, Language.FR, Hints.NONE));
    }

    @Test
    void contentIdeasUseTrendHashtagsAndTheAccountsBestHours() {
        Subject trend = new Subject("trend", "t1", "homeworkout", "homeworkout", "", "fitness", List.of("homeworkout"),
                List.of(), List.of("homeworkout", "gym-tok", "fitness challenge"), "rising", 81);
        ContentIdeas ideas = (ContentIdeas) generator.generate(Kind.CONTENT_IDEAS, trend, Language.DE,
                new Hints(List.of(21, 7)));
        assertThat(ideas.hashtags()).contains("#homeworkout", "#gymtok", "#fitnesschallenge", "#fürdich")
                .allMatch(tag -> ResultLimits.HASHTAG.matcher(tag).matches());
        assertThat(ideas.postingTimes()).extracting(ContentIdeas.PostingTime::hour).containsExactly(7, 21);
        assertThat(ideas.ideas()).hasSize(3).allSatisfy(idea -> assertThat(idea.hook()).contains("homeworkout"));
        assertThat(ideas.formats()).isNotEmpty();
    }

    @Test
    void mainKeywordIsTheNameCutAtAWordBoundary() {
        assertThat(Subject.keywordOf("  LED   Ring Light ")).isEqualTo("LED Ring Light");
        assertThat(Subject.keywordOf("Stainless Steel Sunrise Alarm Clock Pro Max Edition 2026"))
                .isEqualTo("Stainless Steel Sunrise Alarm Clock Pro").hasSizeLessThanOrEqualTo(40);
    }
}
