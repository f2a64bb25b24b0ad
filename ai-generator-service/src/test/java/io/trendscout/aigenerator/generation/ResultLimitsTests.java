package io.trendscout.aigenerator.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResultLimitsTests {

    @Test
    void metaTagsOverTheLimitsOrWithoutTheKeywordAreRejected() {
        MetaTags tooLong = new MetaTags("Smart Blender – " + "x".repeat(50), "Smart Blender " + "y".repeat(150),
                List.of("a", "b", "c"));
        assertThat(ResultLimits.check(tooLong, Language.EN, "Smart Blender"))
                .anyMatch(v -> v.startsWith("title: length")).anyMatch(v -> v.startsWith("description: length"));
        MetaTags noKeyword = new MetaTags("A great kitchen gadget", "The best gadget for your kitchen, order it today "
                + "with fast shipping.", List.of("a", "b", "c"));
        assertThat(ResultLimits.check(noKeyword, Language.EN, "Smart Blender"))
                .contains("title: does not contain the main keyword", "description: does not contain the main keyword");
    }

    @Test
    void malformedHashtagsEmptyFieldsAndTheWrongLanguageAreRejected() {
        ContentIdeas ideas = new ContentIdeas(List.of(
                new ContentIdeas.Idea("This is the hook for the video and it is in English", List.of("Show the product and the result.",
                        "Then show it again with the box and the price of the product for the viewers."), "Review", 30),
                new ContentIdeas.Idea("", List.of("one", "two"), "List", 30)),
                List.of("#ok", "#not ok", "#also-bad"), List.of(new ContentIdeas.PostingTime("MONDAY", 25, "late")),
                List.of(new ContentIdeas.Format("Review", 30, "trust")));
        List<String> violations = ResultLimits.check(ideas, Language.FR, "x");
        assertThat(violations).contains("hashtags: malformed hashtag #not ok", "hashtags: malformed hashtag #also-bad",
                "ideas[1].hook: must not be empty", "postingTimes: day, hour 0-23 and reason required",
                "ideas: not written in French");
    }
}
