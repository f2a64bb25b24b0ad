package io.trendscout.aigenerator.generation.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A product or topic described by the caller instead of a catalog id. */
record FreeInput(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 2000) String description,
        @Size(max = 80) String category,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> keywords,
        @Size(max = 10) List<@NotBlank @Size(max = 80) String> features,
        @Size(max = 10) List<@NotBlank @Pattern(regexp = "#?[\\p{L}\\p{N}_]{1,50}") String> hashtags) {
}
