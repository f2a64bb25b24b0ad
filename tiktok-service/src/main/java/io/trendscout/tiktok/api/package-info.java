/** Client of TikTok's Login Kit and Display API, with client-side rate limits, retries and a circuit breaker. */
package io.trendscout.tiktok.api;
