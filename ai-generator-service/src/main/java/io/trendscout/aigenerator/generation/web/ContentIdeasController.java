package io.trendscout.aigenerator.generation.web;

import java.util.List;
import java.util.UUID;

import io.trendscout.aigenerator.generation.GenerationResponse;
import io.trendscout.aigenerator.generation.Generations;
import io.trendscout.aigenerator.generation.Hints;
import io.trendscout.aigenerator.generation.Kind;
import io.trendscout.aigenerator.generation.Language;
import io.trendscout.aigenerator.subjects.Subject;
import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.InvalidRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Content ideas (hooks, scripts, hashtags, posting times, formats) for a product, a trend or free input. */
@RestController
@RequestMapping("/api/content-ideas")
class ContentIdeasController {

    private final Generations generations;
    private final SubjectResolver subjects;

    ContentIdeasController(Generations generations, SubjectResolver subjects) {
        this.generations = generations;
        this.subjects = subjects;
    }

    @PostMapping
    GenerationResponse create(@Valid @RequestBody ContentIdeasRequest request) {
        Language language = Language.parse(request.language());
        return ideas(subjects.resolve(request.productId(), request.trendId(), request.input()), language,
                request.postingHours());
    }

    @GetMapping("/products/{id}")
    GenerationResponse forProduct(@PathVariable UUID id, @RequestParam(required = false) String language,
            @RequestParam(required = false) List<String> postingHours) {
        Language parsed = Language.parse(language);
        return ideas(subjects.resolve(id, null, null), parsed, hours(postingHours));
    }

    @GetMapping("/trends/{id}")
    GenerationResponse forTrend(@PathVariable UUID id, @RequestParam(required = false) String language,
            @RequestParam(required = false) List<String> postingHours) {
        Language parsed = Language.parse(language);
        return ideas(subjects.resolve(null, id, null), parsed, hours(postingHours));
    }

    private GenerationResponse ideas(Subject subject, Language language, List<Integer> postingHours) {
        return generations.generate(Kind.CONTENT_IDEAS, subject, language, new Hints(postingHours), CurrentUser.id(),
                CurrentUser.tier());
    }

    private static List<Integer> hours(List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > 5) {
            throw new InvalidRequest("postingHours", "at most 5 posting hours");
        }
        return values.stream().map(value -> {
            try {
                int hour = Integer.parseInt(value.strip());
                if (hour >= 0 && hour <= 23) {
                    return hour;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new InvalidRequest("postingHours", "posting hours are whole numbers 0-23");
        }).toList();
    }
}
