package io.trendscout.platform.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import io.trendscout.platform.identity.PlatformAuthentication;
import io.trendscout.platform.identity.PlatformIdentity;

/** The caller of the current request, read from the validated token. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /**
     * The caller's user id; fails if the request is anonymous. A platform token's {@code sub}; for a
     * token of a trusted external issuer (Keycloak) the version-3 UUID of {@code iss + "#" + sub}
     * (see {@link PlatformIdentity}), so it never equals a native account's id.
     */
    public static UUID id() {
        return optionalId().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No authenticated user"));
    }

    public static Optional<UUID> optionalId() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PlatformAuthentication platform) {
            return Optional.of(platform.userId());
        }
        // a token authenticated by a converter of its own (or a test's): the platform's default issuer
        return jwt().map(PlatformIdentity.DEFAULTS::userId);
    }

    public static Optional<Jwt> jwt() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(token.getToken());
        }
        return Optional.empty();
    }

    public static boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /** Subscription tier claim ({@code tier}): basic, premium or enterprise. */
    public static String tier() {
        return jwt().map(jwt -> jwt.getClaimAsString("tier")).orElse("basic");
    }

    /**
     * Ownership check used by every service: the resource's owner must be the caller (admins may
     * read everything). Throws {@link NotOwner}, which the web edge answers with 404 so that a
     * foreign resource's existence is not leaked.
     */
    public static void requireOwner(UUID ownerId) {
        if (!id().equals(ownerId) && !hasRole("ADMIN")) {
            throw new NotOwner();
        }
    }
}
