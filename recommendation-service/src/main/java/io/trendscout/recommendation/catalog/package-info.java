/** The catalog read model: catalog products (never a merchant's own) fetched from the product-service, refreshed on ProductSynced, and detected trends. */
package io.trendscout.recommendation.catalog;
