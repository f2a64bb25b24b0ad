/** Merchants' own products: managed by hand or arriving as ProductSynced from their shops, listed per channel. */
package io.trendscout.product.catalog.merchant;
