package io.trendscout.shopsync.channel;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service talks to the channels.
 *
 * @param shopify  GraphQL Admin API: {@code graphqlUrl} with {@code {shop}} and {@code {version}} placeholders
 * @param amazon   LWA token URL and SP-API endpoints per region (na, eu, fe)
 * @param kaufland Seller API v2 base URL
 * @param http     timeouts, retries and circuit breaker shared by the clients
 */
@ConfigurationProperties("trendscout.shop-sync.channels")
public record ChannelProperties(Shopify shopify, Amazon amazon, Kaufland kaufland, Http http) {

    public record Shopify(String graphqlUrl, String apiVersion, int pageSize) {
    }

    public record Amazon(String lwaUrl, Map<String, String> endpoints, int pageSize, double requestsPerSecond) {
    }

    /**
     * @param requestsPerSecond the channel's limit per sliding second
     * @param windowMargin      added to the second a call counts after its answer (0 is safe: the channel counts a
     *                          request on arrival, before it answers)
     */
    public record Kaufland(String baseUrl, int pageSize, int requestsPerSecond, Duration windowMargin, String userAgent) {
    }

    public record Http(Duration connectTimeout, Duration readTimeout, int retryAttempts, Duration retryBackoff,
            Duration maxRetryWait, Duration rateLimitWait, int breakerFailureRate, int breakerWindow,
            int breakerMinimumCalls, Duration breakerOpenFor) {
    }
}
