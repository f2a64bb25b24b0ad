package io.trendscout.product.catalog.merchant;

import java.math.BigDecimal;

import io.trendscout.platform.web.validation.PlainText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A merchant's own listing of a product on one channel. */
record ListingRequest(
        @Size(max = 100) @PlainText String sku,
        @NotNull @Min(0) Integer stock,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal price,
        @NotNull @Pattern(regexp = "[A-Za-z]{3}") String currency) {
}
