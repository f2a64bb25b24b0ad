package io.trendscout.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.trendscout.platform.identity.PlatformIdentity;

/**
 * Bearer-token authentication for a resource server whose public operations ignore a bad token:
 * on a public request an invalid, expired, revoked or malformed token leaves the caller anonymous
 * (an SPA whose access token expired can still call {@code /api/auth/refresh}), a valid one still
 * authenticates; everywhere else a bad token is a 401. Use both as
 * {@code oauth2ResourceServer(o -> o.bearerTokenResolver(bearerTokens(p)).authenticationManagerResolver(resolver(d, i, p)))}.
 */
public final class PublicRequestAuthentication {

    private static final String ANONYMOUS_KEY = "trendscout-public";

    private PublicRequestAuthentication() {
    }

    /** The request's bearer token; a malformed {@code Authorization} header on a public request counts as none. */
    public static BearerTokenResolver bearerTokens(RequestMatcher publicRequests) {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        return request -> {
            try {
                return header.resolve(request);
            } catch (OAuth2AuthenticationException ex) {
                if (publicRequests.matches(request)) {
                    return null;
                }
                throw ex;
            }
        };
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
