package io.trendscout.aigenerator.generation.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/content-ideas}: exactly one of a product id, a trend id or free input;
 * the language; optionally the account's best posting hours (0-23).
 */
record ContentIdeasRequest(UUID productId, UUID trendId, @Valid FreeInput input, String language,
        @Size(max = 5) List<@NotNull @Min(0) @Max(23) Integer> postingHours) {
}
