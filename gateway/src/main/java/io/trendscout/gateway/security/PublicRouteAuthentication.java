package io.trendscout.gateway.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Public routes ignore a bad bearer token: an invalid, expired, revoked or malformed token leaves
 * the caller anonymous (an SPA whose access token expired can still refresh it), a valid one
 * still authenticates. The ignored token is not forwarded to the service ({@link #TOKEN_IGNORED}).
 * Everywhere else a bad token is a 401.
 */
public final class PublicRouteAuthentication implements ReactiveAuthenticationManagerResolver<ServerWebExchange> {

    /** Exchange attribute set when a bad token was ignored. */
    public static final String TOKEN_IGNORED = PublicRouteAuthentication.class.getName() + ".tokenIgnored";

    private final ReactiveAuthenticationManager strict;
    private final ServerWebExchangeMatcher publicRequests;

    PublicRouteAuthentication(ReactiveAuthenticationManager strict, ServerWebExchangeMatcher publicRequests) {
        this.strict = strict;
        this.publicRequests = publicRequests;
    }

    /** The bearer token of the request; a malformed {@code Authorization} header on a public route counts as none. */
    ServerAuthenticationConverter tokens(ServerAuthenticationConverter header) {
        return exchange -> header.convert(exchange).onErrorResume(AuthenticationException.class,
                ex -> publicRequests.matches(exchange).flatMap(match -> {
                    if (!match.isMatch()) {
                        return Mono.error(ex);
                    }
                    exchange.getAttributes().put(TOKEN_IGNORED, Boolean.TRUE);
                    return Mono.empty();
                }));
    }

    @Override
    public Mono<ReactiveAuthenticationManager> resolve(ServerWebExchange exchange) {
        return publicRequests.matches(exchange).map(match -> match.isMatch() ? lenient(exchange) : strict);
    }

    private ReactiveAuthenticationManager lenient(ServerWebExchange exchange) {
        return authentication -> strict.authenticate(authentication)
                .onErrorResume(AuthenticationException.class, ex -> {
                    exchange.getAttributes().put(TOKEN_IGNORED, Boolean.TRUE);
                    return Mono.just(new AnonymousAuthenticationToken("gateway-public", "anonymousUser",
                            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
                });
    }
}
