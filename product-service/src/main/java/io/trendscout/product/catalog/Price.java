package io.trendscout.product.catalog;

import java.math.BigDecimal;

/** Money of a product as exact decimals in one ISO 4217 currency; cost is the supplier price (optional). */
public record Price(BigDecimal cost, BigDecimal recommendedRetail, String currency) {
}
