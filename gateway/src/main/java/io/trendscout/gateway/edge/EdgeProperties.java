package io.trendscout.gateway.edge;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Edge hygiene every request passes through.
 *
 * @param maxBodySize largest request body accepted (larger: 413 problem)
 * @param cors        cross-origin access for the SPA frontends
 * @param headers     security headers written on every response
 */
@ConfigurationProperties("trendscout.gateway")
public record EdgeProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue Cors cors,
        @DefaultValue Headers headers) {

    /**
     * @param allowedOrigins exact SPA origins, e.g. https://app.trendscout.io (empty: no cross-origin access)
     */
    public record Cors(
            @DefaultValue List<String> allowedOrigins,
            @DefaultValue({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) List<String> allowedMethods,
            @DefaultValue({"Authorization", "Content-Type", "Accept", "Accept-Language", "X-Request-Id", "traceparent",
                    "tracestate", "Idempotency-Key"}) List<String> allowedHeaders,
            @DefaultValue({"X-Request-Id", "Retry-After", "Location", "RateLimit-Limit", "RateLimit-Remaining",
                    "Content-Disposition"}) List<String> exposedHeaders,
            @DefaultValue("1h") Duration maxAge) {
    }

    /**
     * @param hsts              Strict-Transport-Security value
     * @param apiCsp            Content-Security-Policy of API responses
     * @param docsCsp           Content-Security-Policy of the Swagger UI pages
     * @param referrerPolicy    Referrer-Policy value
     */
    public record Headers(
            @DefaultValue("max-age=31536000; includeSubDomains") String hsts,
            @DefaultValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'") String apiCsp,
            @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'") String docsCsp,
            @DefaultValue("no-referrer") String referrerPolicy) {
    }
}
