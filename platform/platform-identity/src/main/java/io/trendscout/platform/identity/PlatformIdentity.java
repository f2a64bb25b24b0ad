package io.trendscout.platform.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who a verified token names, the one mapping the gateway and every service use.
 * <ul>
 * <li>User id: a platform token (issuer {@code platformIssuer}) names the account in {@code sub};
 * a token of a trusted external issuer (Keycloak) maps to
 * {@code UUID.nameUUIDFromBytes(iss + "#" + sub)}, a version-3 UUID, so an external subject can
 * never equal a native account's (random, version-4) id.</li>
 * <li>Roles (USER, MERCHANT, ADMIN as {@code ROLE_*}): a platform token's {@code roles} claim
 * only; an external token's {@code realm_access.roles} only, through {@code realmRoleMapping}
 * (realm roles named like a platform role map to it anyway). Other roles are dropped.</li>
 * </ul>
 * The decoders accept only the platform issuer and the configured realm, so "not the platform
 * issuer" means the realm.
 */
public final class PlatformIdentity {

    public static final Set<String> KNOWN_ROLES = Set.of("USER", "MERCHANT", "ADMIN");

    /** The platform's defaults: issuer {@code trendscout}, realm roles mapped by name only. */
    public static final PlatformIdentity DEFAULTS = new PlatformIdentity("trendscout", Map.of());

    private final String platformIssuer;
    private final Map<String, String> realmRoleMapping;

    public PlatformIdentity(String platformIssuer, Map<String, String> realmRoleMapping) {
        this.platformIssuer = platformIssuer;
        this.realmRoleMapping = realmRoleMapping == null ? Map.of() : Map.copyOf(realmRoleMapping);
    }

    /** A token without {@code iss} (tests' hand-made tokens) counts as a platform token. */
    public boolean isPlatformToken(Jwt jwt) {
        String issuer = issuer(jwt);
        return issuer == null || issuer.equals(platformIssuer);
    }

    public UUID userId(Jwt jwt) {
        String subject = jwt.getSubject() == null ? "" : jwt.getSubject();
        if (!isPlatformToken(jwt)) {
            return externalUserId(issuer(jwt), subject);
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException ex) {
            return UUID.nameUUIDFromBytes(subject.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The user id of an external issuer's subject. */
    public static UUID externalUserId(String issuer, String subject) {
        return UUID.nameUUIDFromBytes((issuer + "#" + subject).getBytes(StandardCharsets.UTF_8));
    }

    /** The platform roles, upper case, without the {@code ROLE_} prefix. */
    public Set<String> roles(Jwt jwt) {
        Set<String> roles = new LinkedHashSet<>();
        if (isPlatformToken(jwt)) {
            strings(jwt.getClaims().get("roles")).forEach(role -> roles.add(role.toUpperCase(Locale.ROOT)));
        } else if (jwt.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess) {
            for (String realmRole : strings(realmAccess.get("roles"))) {
                roles.add(realmRoleMapping.getOrDefault(realmRole, realmRole).toUpperCase(Locale.ROOT));
            }
        }
        roles.retainAll(KNOWN_ROLES);
        return roles;
    }

    public Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles(jwt).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }

    /** The authentication of a verified token: its authorities, and the user id as its name. */
    public PlatformAuthentication authenticate(Jwt jwt) {
        return new PlatformAuthentication(jwt, authorities(jwt), userId(jwt));
    }

    private static String issuer(Jwt jwt) {
        Object iss = jwt.getClaims().get("iss");
        return iss == null ? null : iss.toString();
    }

    private static List<String> strings(Object claim) {
        return claim instanceof Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
