package io.trendscout.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which requests the gateway lets through without a token. Each entry is {@code "[METHOD ]pattern"}
 * (Spring path patterns, e.g. {@code "GET /api/products/**"}; no method means any method).
 * Evaluated in this order: {@code protected-routes} (token required, exceptions carved out of the
 * public list), {@code public-routes}, {@code admin-routes} (ADMIN role), then everything else needs
 * a valid token.
 */
@ConfigurationProperties("trendscout.gateway")
public record RouteAccessProperties(
        @DefaultValue List<String> publicRoutes,
        @DefaultValue List<String> protectedRoutes,
        @DefaultValue List<String> adminRoutes) {
}
