package io.trendscout.product.catalog.merchant;

import java.math.BigDecimal;
import java.util.List;

import io.trendscout.platform.web.validation.HttpsUrl;
import io.trendscout.platform.web.validation.PlainText;
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

/**
 * A merchant's product as they create or replace it. {@code published}: whether it is in the shared research catalog
 * for everyone to find (default on creation: no, it is the merchant's own; absent on replacement: unchanged).
 */
record MerchantProductRequest(
        @NotBlank @Size(max = 300) @PlainText String name,
        @Size(max = 10_000) @PlainText String description,
        @Size(max = 20) List<@NotBlank @HttpsUrl String> images,
        @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> categories,
        @Size(max = 100) @PlainText String primaryNiche,
        @Size(max = 50) List<@NotBlank @Size(max = 100) @PlainText String> tags,
        @NotNull @Valid PriceRequest price,
        @Valid SupplierRequest supplier,
        @Valid TikTokShopRequest tiktokShop,
        Boolean published) {

    record PriceRequest(
            @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal cost,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal recommendedRetail,
            @NotBlank @Pattern(regexp = "[A-Za-z]{3}") String currency) {
    }

    record SupplierRequest(@Size(max = 200) @PlainText String name, @HttpsUrl String website,
            @Min(0) @Max(365) Integer shippingTime, @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal shippingCost) {
    }

    record TikTokShopRequest(boolean available, @HttpsUrl String url, @Size(max = 100) @PlainText String productId) {
    }

    ProductDraft draft() {
        Supplier s = supplier == null ? null
                : new Supplier(supplier.name(), supplier.website(), supplier.shippingTime(), supplier.shippingCost());
        return new ProductDraft(name, description, images, categories, primaryNiche, tags,
                new Price(price.cost(), price.recommendedRetail(), price.currency()), s,
                tiktokShop == null ? null : new TikTokShop(tiktokShop.available(), tiktokShop.url(), tiktokShop.productId()));
    }
}
