package io.trendscout.platform.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import io.trendscout.platform.identity.PlatformIdentity;

/**
 * Maps token claims to the platform roles USER, MERCHANT and ADMIN with the platform's default
 * issuer ({@code trendscout}): a platform token's {@code roles} claim only, any other (Keycloak)
 * token's {@code realm_access.roles} only. The platform's filter chain uses the configured
 * {@link PlatformIdentity} bean (issuer and realm role mapping from {@code trendscout.security}),
 * which a service's own chain should use too.
 */
public final class PlatformRoles {

    public static final Set<String> KNOWN = PlatformIdentity.KNOWN_ROLES;

    private PlatformRoles() {
    }

    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return PlatformIdentity.DEFAULTS.authorities(jwt);
    }
}
