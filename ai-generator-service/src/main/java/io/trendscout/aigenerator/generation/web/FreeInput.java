package io.trendscout.aigenerator.generation.web;

import java.util.List;

import io.trendscout.platform.web.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A product or topic described by the caller instead of a catalog id. */
record FreeInput(
        @NotBlank @Size(max = 120) @PlainText String name,
        @Size(max = 2000) @PlainText String description,
        @Size(max = 80) @PlainText String category,
        @Size(max = 10) List<@NotBlank @Size(max = 40) @PlainText String> keywords,
        @Size(max = 10) List<@NotBlank @Size(max = 80) @PlainText String> features,
        @Size(max = 10) List<@NotBlank @Pattern(regexp = "#?[\\p{L}\\p{N}_]{1,50}") String> hashtags) {
}
