package io.trendscout.aigenerator.generation.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import io.trendscout.aigenerator.subjects.Subject;
import io.trendscout.aigenerator.subjects.SubjectSources;
import io.trendscout.platform.web.InvalidRequest;
import org.springframework.stereotype.Component;

/** Turns "a product id, a trend id or free input" (exactly one) into the subject's facts. */
@Component
class SubjectResolver {

    private final SubjectSources sources;

    SubjectResolver(SubjectSources sources) {
        this.sources = sources;
    }

    Subject resolve(UUID productId, UUID trendId, FreeInput input) {
        long given = Stream.of(productId, trendId, input).filter(Objects::nonNull).count();
        if (given != 1) {
            throw new InvalidRequest(productId == null ? "input" : "productId",
                    "give exactly one subject: productId, trendId (content ideas only) or input");
        }
        if (productId != null) {
            return sources.product(productId);
        }
        if (trendId != null) {
            return sources.trend(trendId);
        }
        return fromInput(input);
    }

    private static Subject fromInput(FreeInput input) {
        String name = input.name().strip();
        List<String> keywords = input.keywords() == null ? List.of() : input.keywords().stream().map(String::strip).toList();
        List<String> hashtags = input.hashtags() == null ? List.of()
                : input.hashtags().stream().map(h -> h.startsWith("#") ? h.substring(1) : h).toList();
        return new Subject("input", null, name, Subject.keywordOf(name), input.description(), input.category(), keywords,
                input.features(), hashtags, null, null);
    }
}
