package io.trendscout.gateway.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.trendscout.gateway.problem.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway is an OAuth2 resource server: every request needs a valid bearer token except the
 * routes listed in {@code trendscout.gateway.public-routes}; admin routes need the ADMIN role.
 * Stateless (no session, no CSRF); 401 and 403 are problem details.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    @Bean
    ReactiveJwtDecoder gatewayJwtDecoder(GatewaySecurityProperties properties) {
        ReactiveJwtDecoder verifying = TokenDecoders.forProperties(properties, WebClient.create(), Clock.systemUTC());
        GatewaySecurityProperties.Jwks jwks = properties.jwks();
        return jwks.verifiedTokens() > 0
                ? new VerifiedTokenCache(verifying, jwks.verifiedTokens(), jwks.verifiedTokenTtl(), Clock.systemUTC())
                : verifying;
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, RouteAccessProperties access,
            GatewaySecurityProperties properties, ReactiveJwtDecoder decoder, ProblemResponses problems) {
        PlatformAuthorities authorities = new PlatformAuthorities(properties);
        ServerAuthenticationEntryPoint unauthorized = (exchange, ex) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "A valid bearer token is required.");
        };
        ServerAccessDeniedHandler forbidden = (exchange, ex) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                "forbidden", "Forbidden", "Your role does not allow this request.");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> authorize(exchanges, access))
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenConverter(new BearerTokenHeader())
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(token -> Mono.just(new JwtAuthenticationToken(token,
                                        authorities.of(token), token.getSubject()))))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    private static void authorize(AuthorizeExchangeSpec exchanges, RouteAccessProperties access) {
        RouteList protectedRoutes = new RouteList("protected", RouteSpec.parse(access.protectedRoutes()));
        RouteList publicRoutes = new RouteList("public", RouteSpec.parse(access.publicRoutes()));
        RouteList adminRoutes = new RouteList("admin", RouteSpec.parse(access.adminRoutes()));
        if (!protectedRoutes.isEmpty()) {
            exchanges.matchers(protectedRoutes).authenticated();
        }
        if (!publicRoutes.isEmpty()) {
            exchanges.matchers(publicRoutes).permitAll();
        }
        if (!adminRoutes.isEmpty()) {
            exchanges.matchers(adminRoutes).hasRole("ADMIN");
        }
        exchanges.anyExchange().authenticated();
    }

    /** One {@code "[METHOD ]pattern"} entry; GET entries cover HEAD too. */
    record RouteSpec(HttpMethod method, String pattern) {

        static List<RouteSpec> parse(List<String> entries) {
            return entries.stream().flatMap(entry -> {
                String[] parts = entry.trim().split("\\s+", 2);
                if (parts.length == 1) {
                    return java.util.stream.Stream.of(new RouteSpec(null, parts[0]));
                }
                HttpMethod method = HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT));
                RouteSpec spec = new RouteSpec(method, parts[1]);
                return HttpMethod.GET.equals(method)
                        ? java.util.stream.Stream.of(spec, new RouteSpec(HttpMethod.HEAD, parts[1]))
                        : java.util.stream.Stream.of(spec);
            }).toList();
        }
    }
}
