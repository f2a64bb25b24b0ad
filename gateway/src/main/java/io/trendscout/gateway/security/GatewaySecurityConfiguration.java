package io.trendscout.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.trendscout.gateway.problem.ProblemResponses;
import io.trendscout.platform.identity.PlatformIdentity;
import io.trendscout.platform.identity.RevokedSessions;
import io.trendscout.platform.identity.SessionRevocationConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway is an OAuth2 resource server: every request needs a valid bearer token except the
 * routes listed in {@code trendscout.gateway.public-routes} (where a bad token is ignored); admin
 * routes need the ADMIN role. Tokens map to user id and roles through {@link PlatformIdentity},
 * the mapping the services use too; tokens of revoked sessions are refused. Stateless (no
 * session, no CSRF); 401 and 403 are problem details. {@code /actuator/prometheus} has a chain of
 * its own that wants the scrape credential.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GatewaySecurityConfiguration.Revocations.class, GatewaySecurityConfiguration.ScrapeCredential.class})
class GatewaySecurityConfiguration {

    static final String METRICS_PATH = "/actuator/prometheus";

    /**
     * @param enabled  whether revoked sessions are read (from {@code spring.kafka.bootstrap-servers})
     * @param lookback how far back a starting gateway reads revocations: the access-token lifetime
     */
    @ConfigurationProperties("trendscout.security.revocations")
    record Revocations(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration lookback) {
    }

    /** The metrics scrape credential ({@code TRENDSCOUT_METRICS_USER} / {@code _PASSWORD}); unset: nobody may scrape. */
    @ConfigurationProperties("trendscout.metrics")
    record ScrapeCredential(String user, String password) {

        boolean configured() {
            return user != null && !user.isBlank() && password != null && !password.isBlank();
        }
    }

    static PlatformIdentity identity(GatewaySecurityProperties properties) {
        return new PlatformIdentity(properties.issuer(), properties.keycloak().roleMapping());
    }

    @Bean
    RevokedSessions revokedSessions() {
        return new RevokedSessions(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty("spring.kafka.bootstrap-servers")
    @ConditionalOnProperty(name = "trendscout.security.revocations.enabled", havingValue = "true", matchIfMissing = true)
    SessionRevocationConsumer sessionRevocationConsumer(Environment environment, Revocations revocations,
            RevokedSessions revoked) {
        return new SessionRevocationConsumer(environment.getProperty("spring.kafka.bootstrap-servers"),
                revocations.lookback(), revoked, Clock.systemUTC());
    }

    @Bean
    ReactiveJwtDecoder gatewayJwtDecoder(GatewaySecurityProperties properties, RevokedSessions revoked) {
        ReactiveJwtDecoder verifying = TokenDecoders.forProperties(properties, WebClient.create(), Clock.systemUTC());
        GatewaySecurityProperties.Jwks jwks = properties.jwks();
        ReactiveJwtDecoder cached = jwks.verifiedTokens() > 0
                ? new VerifiedTokenCache(verifying, jwks.verifiedTokens(), jwks.verifiedTokenTtl(), Clock.systemUTC())
                : verifying;
        return new RevokedSessionDecoder(cached, revoked);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain metricsScrapeSecurity(ServerHttpSecurity http, ScrapeCredential credential,
            ProblemResponses problems) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, ex) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Basic realm=\"metrics\"");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "The metrics scrape credential (HTTP Basic) is required.");
        };
        http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(METRICS_PATH))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized));
        if (credential.configured()) {
            PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            MapReactiveUserDetailsService scraper = new MapReactiveUserDetailsService(User.withUsername(credential.user())
                    .password(encoder.encode(credential.password())).roles("METRICS").build());
            http.httpBasic(basic -> basic.authenticationManager(new UserDetailsRepositoryReactiveAuthenticationManager(scraper))
                            .authenticationEntryPoint(unauthorized))
                    .authorizeExchange(exchanges -> exchanges.anyExchange().hasRole("METRICS"));
        } else {
            http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                    .authorizeExchange(exchanges -> exchanges.anyExchange().denyAll());
        }
        return http.build();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, RouteAccessProperties access,
            GatewaySecurityProperties properties, ReactiveJwtDecoder decoder, ProblemResponses problems) {
        PlatformIdentity identity = identity(properties);
        ServerAuthenticationEntryPoint unauthorized = (exchange, ex) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "A valid bearer token is required.");
        };
        ServerAccessDeniedHandler forbidden = (exchange, ex) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                "forbidden", "Forbidden", "Your role does not allow this request.");
        RouteList protectedRoutes = new RouteList("protected", RouteSpec.parse(access.protectedRoutes()));
        RouteList publicRoutes = new RouteList("public", RouteSpec.parse(access.publicRoutes()));
        RouteList adminRoutes = new RouteList("admin", RouteSpec.parse(access.adminRoutes()));
        JwtReactiveAuthenticationManager strict = new JwtReactiveAuthenticationManager(decoder);
        strict.setJwtAuthenticationConverter(jwt -> Mono.just(identity.authenticate(jwt)));
        PublicRouteAuthentication authentication = new PublicRouteAuthentication(strict,
                new AndServerWebExchangeMatcher(new NegatedServerWebExchangeMatcher(protectedRoutes), publicRoutes));
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> authorize(exchanges, protectedRoutes, publicRoutes, adminRoutes))
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenConverter(authentication.tokens(new BearerTokenHeader()))
                        .authenticationManagerResolver(authentication)
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    private static void authorize(AuthorizeExchangeSpec exchanges, RouteList protectedRoutes, RouteList publicRoutes,
            RouteList adminRoutes) {
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
