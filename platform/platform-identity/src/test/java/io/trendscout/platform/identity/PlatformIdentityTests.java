package io.trendscout.platform.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformIdentityTests {

    private static final String REALM = "http://keycloak/realms/trendscout";

    private final PlatformIdentity identity = new PlatformIdentity("trendscout", Map.of("ops", "ADMIN"));

    @Test
    void platformTokensUseTheRolesClaimOnlyAndDropUnknownRoles() {
        Jwt jwt = jwt("trendscout", UUID.randomUUID().toString(), Map.of("roles", List.of("user", "MERCHANT", "ROOT"),
                "realm_access", Map.of("roles", List.of("admin"))));
        assertThat(names(jwt)).containsExactly("ROLE_USER", "ROLE_MERCHANT");
    }

    @Test
    void realmTokensUseRealmRolesOnlyThroughTheMapping() {
        Jwt jwt = jwt(REALM, UUID.randomUUID().toString(), Map.of("roles", List.of("ADMIN"),
                "realm_access", Map.of("roles", List.of("user", "ops", "offline_access"))));
        assertThat(names(jwt)).containsExactly("ROLE_USER", "ROLE_ADMIN");
    }

    @Test
    void aRealmTokensRolesClaimGrantsNothing() {
        Jwt jwt = jwt(REALM, UUID.randomUUID().toString(), Map.of("roles", List.of("ADMIN")));
        assertThat(names(jwt)).isEmpty();
    }

    @Test
    void platformTokensKeepTheirSubjectAsUserId() {
        UUID account = UUID.randomUUID();
        assertThat(identity.userId(jwt("trendscout", account.toString(), Map.of()))).isEqualTo(account);
    }

    @Test
    void externalSubjectsMapToAVersion3IdOfIssuerAndSubjectNeverToANativeId() {
        UUID nativeAccount = UUID.randomUUID();
        UUID external = identity.userId(jwt(REALM, nativeAccount.toString(), Map.of()));
        assertThat(external).isNotEqualTo(nativeAccount)
                .isEqualTo(UUID.nameUUIDFromBytes((REALM + "#" + nativeAccount).getBytes(StandardCharsets.UTF_8)));
        assertThat(external.version()).isEqualTo(3);
        assertThat(identity.authenticate(jwt(REALM, nativeAccount.toString(), Map.of())).getName()).isEqualTo(external.toString());
    }

    private List<String> names(Jwt jwt) {
        return identity.authorities(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }

    static Jwt jwt(String issuer, String subject, Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "ES256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).subject(subject).claim("iss", issuer);
        claims.forEach(builder::claim);
        return builder.build();
    }
}
