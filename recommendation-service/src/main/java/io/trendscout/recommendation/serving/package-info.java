/** Serving: the latest trained model held in memory, background training, model persistence and the product API. */
package io.trendscout.recommendation.serving;
