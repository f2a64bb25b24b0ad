package io.trendscout.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps token claims to the platform roles USER, MERCHANT and ADMIN: the platform's own
 * {@code roles} claim, or a Keycloak token's {@code realm_access.roles}.
 */
public final class PlatformRoles {

    public static final Set<String> KNOWN = Set.of("USER", "MERCHANT", "ADMIN");

    private PlatformRoles() {
    }

    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : roles(jwt)) {
            String upper = role.toUpperCase(Locale.ROOT);
            if (KNOWN.contains(upper)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + upper));
            }
        }
        return authorities;
    }

    @SuppressWarnings("unchecked")
    static List<String> roles(Jwt jwt) {
        Object own = jwt.getClaims().get("roles");
        if (own instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
