/** The product catalog: products with prices, trend data and per-channel listings, searched and browsed. */
package io.trendscout.product.catalog;
