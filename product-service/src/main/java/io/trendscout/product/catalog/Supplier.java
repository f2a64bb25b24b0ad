package io.trendscout.product.catalog;

import java.math.BigDecimal;

/** Where a product comes from: shipping time in days, shipping cost in the product's currency. */
public record Supplier(String name, String website, Integer shippingTime, BigDecimal shippingCost) {
}
