package io.trendscout.platform.identity;

import java.util.Collection;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token as the platform sees it: named by the user id {@link PlatformIdentity} gives it. */
public final class PlatformAuthentication extends JwtAuthenticationToken {

    private final UUID userId;

    PlatformAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, UUID userId) {
        super(jwt, authorities, userId.toString());
        this.userId = userId;
    }

    public UUID userId() {
        return userId;
    }
}
