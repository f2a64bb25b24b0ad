package io.trendscout.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.trendscout.platform.identity.PlatformIdentity;

/**
 * Bearer-token authentication for a resource server whose public operations ignore a bad token:
 * on a public request an invalid, expired or revoked token leaves the caller anonymous (an SPA
 * whose access token expired can still call {@code /api/auth/refresh}), a valid one still
 * authenticates; everywhere else a bad token is a 401. Use it as
 * {@code oauth2ResourceServer(o -> o.authenticationManagerResolver(...))}.
 */
public final class PublicRequestAuthentication {

    private static final String ANONYMOUS_KEY = "trendscout-public";

    private PublicRequestAuthentication() {
    }

    public static AuthenticationManagerResolver<HttpServletRequest> resolver(JwtDecoder decoder, PlatformIdentity identity,
            RequestMatcher publicRequests) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(identity::authenticate);
        AuthenticationManager strict = new ProviderManager(provider);
        AuthenticationManager lenient = authentication -> {
            try {
                return strict.authenticate(authentication);
            } catch (AuthenticationException ex) {
                return new AnonymousAuthenticationToken(ANONYMOUS_KEY, "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            }
        };
        return request -> publicRequests.matches(request) ? lenient : strict;
    }
}
