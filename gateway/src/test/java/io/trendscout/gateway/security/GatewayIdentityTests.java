package io.trendscout.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway maps tokens with the platform's {@code PlatformIdentity}, configured from its properties. */
class GatewayIdentityTests {

    private static final String REALM = "http://keycloak/realms/trendscout";

    private final GatewaySecurityProperties properties = new GatewaySecurityProperties(
            "http://jwks", "trendscout", "trendscout-api",
            new GatewaySecurityProperties.Jwks(Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofSeconds(5), 0,
                    Duration.ofMinutes(5)),
            new GatewaySecurityProperties.Keycloak(REALM, null, "", Map.of("ops", "ADMIN")));

    @Test
    void platformTokensUseTheRolesClaimAndDropUnknownRoles() {
        Jwt jwt = jwt(Map.of("iss", "trendscout", "roles", List.of("user", "MERCHANT", "ROOT")));
        assertThat(names(jwt)).containsExactly("ROLE_USER", "ROLE_MERCHANT");
    }

    @Test
    void realmTokensMapRealmRolesThroughTheMapping() {
        Jwt jwt = jwt(Map.of("iss", REALM, "roles", List.of("ADMIN"),
                "realm_access", Map.of("roles", List.of("merchant", "ops", "offline_access"))));
        assertThat(names(jwt)).containsExactly("ROLE_MERCHANT", "ROLE_ADMIN");
    }

    @Test
    void aPlatformTokenCannotClaimRealmRoles() {
        Jwt jwt = jwt(Map.of("iss", "trendscout", "realm_access", Map.of("roles", List.of("admin"))));
        assertThat(names(jwt)).isEmpty();
    }

    @Test
    void routeEntriesParseMethodAndPatternAndGetCoversHead() {
        assertThat(GatewaySecurityConfiguration.RouteSpec.parse(List.of("GET /api/products/**", "/api/webhooks/**", "post  /x")))
                .containsExactly(
                        new GatewaySecurityConfiguration.RouteSpec(HttpMethod.GET, "/api/products/**"),
                        new GatewaySecurityConfiguration.RouteSpec(HttpMethod.HEAD, "/api/products/**"),
                        new GatewaySecurityConfiguration.RouteSpec(null, "/api/webhooks/**"),
                        new GatewaySecurityConfiguration.RouteSpec(HttpMethod.POST, "/x"));
    }

    private List<String> names(Jwt jwt) {
        return GatewaySecurityConfiguration.identity(properties).authorities(jwt).stream()
                .map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "ES256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).subject("u1");
        claims.forEach(builder::claim);
        return builder.build();
    }
}
