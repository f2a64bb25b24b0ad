/** Browsing and searching the catalog: filters, full-text and fuzzy search, sorting, keyset pages, trending. */
package io.trendscout.product.catalog.search;
