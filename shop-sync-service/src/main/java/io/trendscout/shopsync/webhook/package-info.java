/** Shopify product webhooks: verified on the raw body, stored once per webhook id, applied asynchronously. */
package io.trendscout.shopsync.webhook;
