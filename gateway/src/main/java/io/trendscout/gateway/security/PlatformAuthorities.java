package io.trendscout.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps a token's roles to the platform roles USER, MERCHANT and ADMIN ({@code ROLE_*}): the
 * platform's own {@code roles} claim, or a Keycloak token's {@code realm_access.roles} through
 * the configured role mapping. Roles outside the platform's three are dropped.
 */
final class PlatformAuthorities {

    static final Set<String> KNOWN = Set.of("USER", "MERCHANT", "ADMIN");

    private final String keycloakIssuer;
    private final Map<String, String> realmRoleMapping;

    PlatformAuthorities(GatewaySecurityProperties properties) {
        this.keycloakIssuer = properties.keycloak().enabled() ? properties.keycloak().issuerUri() : null;
        this.realmRoleMapping = properties.keycloak().roleMapping();
    }

    Collection<GrantedAuthority> of(Jwt jwt) {
        Set<String> roles = new LinkedHashSet<>();
        boolean realmToken = keycloakIssuer != null && keycloakIssuer.equals(jwt.getClaimAsString("iss"));
        if (realmToken) {
            for (String realmRole : realmRoles(jwt)) {
                String mapped = realmRoleMapping.getOrDefault(realmRole, realmRole);
                roles.add(mapped.toUpperCase(Locale.ROOT));
            }
        } else {
            strings(jwt.getClaims().get("roles")).forEach(role -> roles.add(role.toUpperCase(Locale.ROOT)));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.stream().filter(KNOWN::contains).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }

    private static List<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        return realmAccess instanceof Map<?, ?> map ? strings(map.get("roles")) : List.of();
    }

    private static List<String> strings(Object claim) {
        return claim instanceof Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
