package io.trendscout.product.catalog.merchant;

import java.math.BigDecimal;
import java.util.List;

import io.trendscout.product.catalog.Price;
import io.trendscout.product.catalog.ProductDraft;
import io.trendscout.product.catalog.Supplier;
import io.trendscout.product.catalog.TikTokShop;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A merchant's product as they create or replace it. */
record MerchantProductRequest(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 10_000) String description,
        @Size(max = 20) List<@NotBlank @Size(max = 2000) String> images,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> categories,
        @Size(max = 100) String primaryNiche,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
        @NotNull @Valid PriceRequest price,
        @Valid SupplierRequest supplier,
        @Valid TikTokShop tiktokShop) {

    record PriceRequest(
            @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal cost,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal recommendedRetail,
            @NotBlank @Pattern(regexp = "[A-Za-z]{3}") String currency) {
    }

    record SupplierRequest(@Size(max = 200) String name, @Size(max = 2000) String website,
            @Min(0) @Max(365) Integer shippingTime, @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal shippingCost) {
    }

    ProductDraft draft() {
        Supplier s = supplier == null ? null
                : new Supplier(supplier.name(), supplier.website(), supplier.shippingTime(), supplier.shippingCost());
        return new ProductDraft(name, description, images, categories, primaryNiche, tags,
                new Price(price.cost(), price.recommendedRetail(), price.currency()), s, tiktokShop);
    }
}
