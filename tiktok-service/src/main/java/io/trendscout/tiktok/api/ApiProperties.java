package io.trendscout.tiktok.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service talks to TikTok.
 *
 * @param baseUrl             Display API and OAuth token host ({@code https://open.tiktokapis.com})
 * @param requestsPerMinute   client-side limit per endpoint (TikTok allows 600 per sliding minute)
 * @param rateLimitWait       how long a call may wait for a permit before giving up
 * @param retryAttempts       attempts on 429 / 5xx / I/O errors (exponential backoff)
 * @param retryBackoff        first backoff, doubled per attempt
 * @param breakerFailureRate  failure rate (%) that opens the circuit
 * @param breakerWindow       calls in the breaker's sliding window
 * @param breakerMinimumCalls calls before the failure rate counts
 * @param breakerOpenFor      how long the circuit stays open before probing
 */
@ConfigurationProperties("trendscout.tiktok.api")
public record ApiProperties(String baseUrl, int requestsPerMinute, Duration rateLimitWait, int retryAttempts,
        Duration retryBackoff, int breakerFailureRate, int breakerWindow, int breakerMinimumCalls, Duration breakerOpenFor,
        Duration connectTimeout, Duration readTimeout) {
}
