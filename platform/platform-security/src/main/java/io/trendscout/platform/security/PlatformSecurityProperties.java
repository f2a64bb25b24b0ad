package io.trendscout.platform.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service validates tokens.
 *
 * @param jwkSetUri   JWKS of the security-service (keys are cached and re-fetched on an unknown kid)
 * @param issuer      expected {@code iss} of platform tokens
 * @param audience    expected {@code aud} of platform tokens
 * @param publicPaths ant patterns reachable without a token (actuator probes are always public)
 * @param keycloak    an optional Keycloak realm trusted as a second issuer
 */
@ConfigurationProperties("trendscout.security")
public record PlatformSecurityProperties(
        @DefaultValue("http://localhost:8081/.well-known/jwks.json") String jwkSetUri,
        @DefaultValue("trendscout") String issuer,
        @DefaultValue("trendscout-api") String audience,
        @DefaultValue List<String> publicPaths,
        Keycloak keycloak) {

    /**
     * @param issuerUri  realm issuer, e.g. http://keycloak:8080/realms/trendscout (blank = disabled)
     * @param jwkSetUri  realm JWKS (defaults to the realm's certs endpoint)
     * @param audience   required audience/azp, blank (the default) to skip the check
     * @param roleMapping realm role -> platform role (USER, MERCHANT, ADMIN); realm roles named like a platform role map to it anyway
     */
    public record Keycloak(String issuerUri, String jwkSetUri, String audience, @DefaultValue Map<String, String> roleMapping) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }

        public String effectiveJwkSetUri() {
            return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuerUri + "/protocol/openid-connect/certs";
        }
    }
}
