package io.trendscout.aigenerator.generation;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One generation as the API returns it: which provider produced it ({@code builtin} or
 * {@code llm:<model>}), the prompt/template version, whether it came from the cache, why the
 * built-in generator stood in (if it did), what it is about, and the result.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerationResponse(UUID id, String kind, String language, String provider, String promptVersion,
        boolean cached, String fallbackReason, SubjectRef subject, GeneratedResult result, Instant createdAt) {

    /** What the text is about. */
    public record SubjectRef(String type, String id, String name, String mainKeyword) {
    }
}
