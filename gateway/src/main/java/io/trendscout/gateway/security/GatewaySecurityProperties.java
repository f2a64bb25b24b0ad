package io.trendscout.gateway.security;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway validates bearer tokens.
 *
 * @param jwkSetUri JWKS of the security-service
 * @param issuer    expected {@code iss} of platform tokens
 * @param audience  expected {@code aud} of platform tokens
 * @param jwks      caching of the key sets
 * @param keycloak  an optional Keycloak realm trusted as a second issuer
 */
@ConfigurationProperties("trendscout.security")
public record GatewaySecurityProperties(
        @DefaultValue("http://localhost:8081/.well-known/jwks.json") String jwkSetUri,
        @DefaultValue("trendscout") String issuer,
        @DefaultValue("trendscout-api") String audience,
        @DefaultValue Jwks jwks,
        @DefaultValue Keycloak keycloak) {

    /**
     * @param ttl               how long a fetched key set is used before it is fetched again
     * @param minRefetchInterval an unknown {@code kid} triggers a fetch at most this often (rotation vs. abuse)
     * @param fetchTimeout      how long a JWKS fetch may take
     * @param verifiedTokens    how many verified tokens are remembered (0: verify every request)
     * @param verifiedTokenTtl  how long a verified token is remembered at most (never past its expiry)
     */
    public record Jwks(@DefaultValue("5m") Duration ttl, @DefaultValue("10s") Duration minRefetchInterval,
            @DefaultValue("5s") Duration fetchTimeout, @DefaultValue("50000") long verifiedTokens,
            @DefaultValue("5m") Duration verifiedTokenTtl) {
    }

    /**
     * @param issuerUri   realm issuer, e.g. http://keycloak:8080/realms/trendscout (blank = disabled)
     * @param jwkSetUri   realm JWKS (defaults to the realm's certs endpoint)
     * @param audience    required {@code aud} or {@code azp}, blank to skip the check
     * @param roleMapping realm role -> platform role (USER, MERCHANT, ADMIN); roles named like a platform role map to it anyway
     */
    public record Keycloak(String issuerUri, String jwkSetUri, String audience,
            @DefaultValue Map<String, String> roleMapping) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }

        public String effectiveJwkSetUri() {
            return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuerUri + "/protocol/openid-connect/certs";
        }
    }
}
