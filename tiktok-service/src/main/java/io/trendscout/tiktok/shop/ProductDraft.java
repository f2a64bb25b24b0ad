package io.trendscout.tiktok.shop;

import java.math.BigDecimal;

import io.trendscout.platform.web.validation.PlainText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The product data sent to TikTok Shop: from the request body or read from the product-service. */
record ProductDraft(
        @NotBlank @Size(max = 255) @PlainText String title,
        @NotBlank @Size(max = 10_000) @PlainText String description,
        @NotNull @DecimalMin(value = "0.01") BigDecimal price,
        @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
        @PositiveOrZero Integer quantity,
        @Size(max = 64) @PlainText String sku,
        @Size(max = 64) @PlainText String categoryId) {
}
