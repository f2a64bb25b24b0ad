/** Keeps products' trend data current from TrendDetected events (matched by hashtag, tag or name). */
package io.trendscout.product.catalog.trends;
