package io.trendscout.gateway;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens of a real Keycloak realm are accepted next to platform tokens: the realm, a client with
 * direct access grants and an audience mapper, a stock client without one (no audience is
 * configured, the default), and users with realm roles are created through
 * Keycloak's admin REST API; a password-grant token then passes the gateway, its realm roles
 * mapped to platform roles. One Keycloak start for the whole class (~30-60 s).
 */
class KeycloakRealmIT extends GatewayTestSupport {

    private static final String REALM = "trendscout";
    private static final String CLIENT = "trendscout-spa";
    private static final String STOCK_CLIENT = "stock-spa";
    private static final KeycloakServer KEYCLOAK = KeycloakServer.start();
    private static final String PASSWORD = "Correct-Horse-" + System.nanoTime();

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("trendscout.security.keycloak.issuer-uri", () -> KEYCLOAK.issuer(REALM));
        registry.add("trendscout.security.keycloak.role-mapping.platform-admin", () -> "ADMIN");
    }

    @BeforeAll
    static void realm() {
        KEYCLOAK.adminPost("/realms", Map.of("realm", REALM, "enabled", true));
        for (String role : List.of("merchant", "platform-admin")) {
            KEYCLOAK.adminPost("/realms/" + REALM + "/roles", Map.of("name", role));
        }
        KEYCLOAK.adminPost("/realms/" + REALM + "/clients", Map.of(
                "clientId", CLIENT, "enabled", true, "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false,
                "protocolMappers", List.of(Map.of("name", "trendscout-api audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.custom.audience", "trendscout-api", "access.token.claim", "true",
                                "id.token.claim", "false")))));
        // a stock client: no audience mapper, its tokens name only azp (and "account")
        KEYCLOAK.adminPost("/realms/" + REALM + "/clients", Map.of(
                "clientId", STOCK_CLIENT, "enabled", true, "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false));
        user("merchant1", "merchant");
        user("operator1", "platform-admin");
    }

    @AfterAll
    static void stop() {
        KEYCLOAK.close();
    }

    private static void user(String username, String realmRole) {
        String location = KEYCLOAK.adminPost("/realms/" + REALM + "/users", Map.of(
                "username", username, "enabled", true, "email", username + "@example.com", "emailVerified", true,
                "firstName", "Test", "lastName", username,
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        String userId = location.substring(location.lastIndexOf('/') + 1);
        JsonNode role = KEYCLOAK.adminGet("/realms/" + REALM + "/roles/" + realmRole);
        KEYCLOAK.adminPost("/realms/" + REALM + "/users/" + userId + "/role-mappings/realm",
                List.of(Map.of("id", role.get("id").asString(), "name", role.get("name").asString())));
    }

    @Test
    void realmTokenReachesAProtectedRouteAndRealmRolesBecomePlatformRoles() {
        BACKEND.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        String merchant = KEYCLOAK.passwordGrant(REALM, CLIENT, "merchant1", PASSWORD);

        HttpResponse<String> routed = fetch("/api/connections", merchant);
        assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
        LoggedRequest forwarded = BACKEND.findAll(getRequestedFor(urlPathEqualTo("/api/connections"))).getFirst();
        assertThat(forwarded.getHeader("Authorization")).isEqualTo("Bearer " + merchant);
        assertThat(forwarded.getHeader("X-Request-Id")).isNotBlank();

        problem(fetch("/actuator/metrics", merchant), 403);
        String operator = KEYCLOAK.passwordGrant(REALM, CLIENT, "operator1", PASSWORD);
        assertThat(fetch("/actuator/metrics", operator).statusCode()).as("realm role platform-admin -> ADMIN").isEqualTo(200);

        assertThat(fetch("/api/connections", premiumUser()).statusCode()).as("platform tokens still work").isEqualTo(200);
    }

    /** Finding 5 (a): the audience check is off unless configured, as documented. */
    @Test
    void aStockRealmClientsTokenPassesWhenNoAudienceIsConfigured() {
        BACKEND.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        String merchant = KEYCLOAK.passwordGrant(REALM, STOCK_CLIENT, "merchant1", PASSWORD);
        HttpResponse<String> routed = fetch("/api/connections", merchant);
        assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
    }

    @Test
    void tokensOfAnotherRealmAreRejected() {
        String masterAdmin = KEYCLOAK.adminToken();
        problem(fetch("/api/connections", masterAdmin), 401);
    }
}
