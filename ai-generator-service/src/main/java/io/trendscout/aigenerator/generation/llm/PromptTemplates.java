package io.trendscout.aigenerator.generation.llm;

import java.util.HashMap;
import java.util.Map;

import io.trendscout.aigenerator.generation.Hints;
import io.trendscout.aigenerator.generation.Kind;
import io.trendscout.aigenerator.generation.Language;
import io.trendscout.aigenerator.subjects.Subject;
import org.springframework.ai.chat.prompt.PromptTemplate;
import org.springframework.ai.template.st.StTemplateRenderer;
import org.springframework.core.io.ClassPathResource;

/**
 * Versioned prompt templates in {@code classpath:prompts/<kind>.<version>.st} (StringTemplate with
 * {@code <var>} delimiters, so JSON braces stay literal). The version is part of every response.
 */
final class PromptTemplates {

    private final String version;
    private final StTemplateRenderer renderer = StTemplateRenderer.builder()
            .startDelimiterToken('<').endDelimiterToken('>').build();

    PromptTemplates(String version) {
        this.version = version;
        for (Kind kind : Kind.values()) {
            if (!new ClassPathResource(path(kind)).exists()) {
                throw new IllegalStateException("Missing prompt template " + path(kind));
            }
        }
    }

    String versionOf(Kind kind) {
        return kind.slug() + "." + version;
    }

    String render(Kind kind, Subject subject, Language language, Hints hints) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("language", language.englishName());
        variables.put("name", subject.name());
        variables.put("keyword", subject.mainKeyword());
        variables.put("category", orNone(subject.category()));
        variables.put("description", orNone(subject.description().length() > 1500
                ? subject.description().substring(0, 1500) : subject.description()));
        variables.put("keywords", orNone(String.join(", ", subject.keywords())));
        variables.put("hashtags", orNone(String.join(", ", subject.hashtags())));
        variables.put("trend", subject.trendScore() == null ? "none"
                : "score " + subject.trendScore() + "/100, direction " + subject.trendDirection());
        variables.put("postingHours", hints.postingHours().isEmpty() ? "unknown" : hints.postingHours().toString());
        return PromptTemplate.builder().resource(new ClassPathResource(path(kind))).renderer(renderer)
                .variables(variables).build().render();
    }

    private String path(Kind kind) {
        return "prompts/" + kind.slug() + "." + version + ".st";
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "none" : value;
    }
}
