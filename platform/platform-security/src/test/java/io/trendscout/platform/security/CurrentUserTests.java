package io.trendscout.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import io.trendscout.platform.identity.PlatformIdentity;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding 5 (c, d): who a Keycloak token is at the services. */
class CurrentUserTests {

    private static final String REALM = "http://keycloak:8080/realms/trendscout";

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRealmSubjectEqualToANativeAccountIdIsNotThatAccount() {
        UUID nativeAccount = UUID.randomUUID();
        Jwt realmToken = jwt(REALM, nativeAccount.toString(), Map.of());
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(realmToken, List.of()));
        UUID expected = UUID.nameUUIDFromBytes((REALM + "#" + nativeAccount).getBytes(StandardCharsets.UTF_8));
        assertThat(CurrentUser.id()).isNotEqualTo(nativeAccount).isEqualTo(expected);

        SecurityContextHolder.getContext().setAuthentication(
                new PlatformIdentity("trendscout", Map.of()).authenticate(realmToken));
        assertThat(CurrentUser.id()).isEqualTo(expected);
    }

    @Test
    void aPlatformTokenIsTheAccountInItsSubject() {
        UUID account = UUID.randomUUID();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt("trendscout", account.toString(), Map.of()), List.of()));
        assertThat(CurrentUser.id()).isEqualTo(account);
    }

    @Test
    void aRolesClaimInARealmTokenGrantsNothingOnlyRealmRolesCount() {
        Jwt realmToken = jwt(REALM, UUID.randomUUID().toString(),
                Map.of("roles", List.of("ADMIN"), "realm_access", Map.of("roles", List.of("user"))));
        assertThat(PlatformRoles.authorities(realmToken)).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_USER");
    }

    @Test
    void aPlatformTokenCannotClaimRealmRoles() {
        Jwt platformToken = jwt("trendscout", UUID.randomUUID().toString(),
                Map.of("realm_access", Map.of("roles", List.of("admin"))));
        assertThat(PlatformRoles.authorities(platformToken)).isEmpty();
    }

    private static Jwt jwt(String issuer, String subject, Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "ES256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).subject(subject).claim("iss", issuer);
        claims.forEach(builder::claim);
        return builder.build();
    }
}
