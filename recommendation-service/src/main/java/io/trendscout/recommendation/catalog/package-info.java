/** The catalog read model: products fetched from the product-service, refreshed on ProductSynced, and detected trends. */
package io.trendscout.recommendation.catalog;
