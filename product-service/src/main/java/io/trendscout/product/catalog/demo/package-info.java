/** A reproducible demo catalog for local runs (profile {@code local} only). */
package io.trendscout.product.catalog.demo;
