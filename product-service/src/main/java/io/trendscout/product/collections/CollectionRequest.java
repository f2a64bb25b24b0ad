package io.trendscout.product.collections;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.trendscout.platform.web.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A collection as its owner creates or renames it; products may be given on creation. */
record CollectionRequest(
        @NotBlank @Size(max = 120) @PlainText String name,
        @Size(max = 2000) @PlainText String description,
        @JsonProperty("isPublic") Boolean isPublic,
        @Size(max = 200) List<@NotNull UUID> productIds) {
}
