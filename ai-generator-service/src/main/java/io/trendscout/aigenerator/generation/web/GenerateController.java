package io.trendscout.aigenerator.generation.web;

import io.trendscout.aigenerator.generation.GenerationResponse;
import io.trendscout.aigenerator.generation.Generations;
import io.trendscout.aigenerator.generation.Hints;
import io.trendscout.aigenerator.generation.Kind;
import io.trendscout.aigenerator.generation.Language;
import io.trendscout.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SEO text, meta tags and product descriptions for a catalog product or free input. */
@RestController
@RequestMapping("/api/generate")
class GenerateController {

    private final Generations generations;
    private final SubjectResolver subjects;

    GenerateController(Generations generations, SubjectResolver subjects) {
        this.generations = generations;
        this.subjects = subjects;
    }

    @PostMapping("/text")
    GenerationResponse seoText(@Valid @RequestBody GenerateRequest request) {
        return generate(Kind.SEO_TEXT, request);
    }

    @PostMapping("/meta-tags")
    GenerationResponse metaTags(@Valid @RequestBody GenerateRequest request) {
        return generate(Kind.META_TAGS, request);
    }

    @PostMapping("/description")
    GenerationResponse description(@Valid @RequestBody GenerateRequest request) {
        return generate(Kind.DESCRIPTION, request);
    }

    private GenerationResponse generate(Kind kind, GenerateRequest request) {
        Language language = Language.parse(request.language());
        return generations.generate(kind, subjects.resolve(request.productId(), null, request.input()), language,
                Hints.NONE, CurrentUser.id(), CurrentUser.tier());
    }
}
