/** Clients of the sales channels (Shopify, Amazon SP-API, Kaufland) behind rate limits, retries and circuit breakers. */
package io.trendscout.shopsync.channel;
