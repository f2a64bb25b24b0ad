package io.trendscout.platform.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.trendscout.platform.identity.PlatformIdentity;
import io.trendscout.platform.identity.RevokedSessions;
import io.trendscout.platform.identity.SessionRevocationConsumer;

/**
 * Every service is an OAuth2 resource server: it validates the bearer token itself (defense in
 * depth behind the gateway). Paths in {@code trendscout.security.public-paths} and the actuator
 * probes are open (a bad token on them is ignored, a valid one still authenticates); everything
 * else needs a valid token. Tokens map to user id and roles through {@link PlatformIdentity};
 * tokens of revoked sessions are refused ({@link RevokedSessionCheck}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({PlatformSecurityProperties.class, RevocationProperties.class})
@EnableMethodSecurity
@org.springframework.context.annotation.Import(SecurityProblemsAdvice.class)
public class PlatformSecurityAutoConfiguration {

    private static final String[] OPEN_PATHS = {"/actuator/health/**", "/actuator/health", "/actuator/info",
            "/v3/api-docs/**", "/error"};

    @Bean
    @ConditionalOnMissingBean
    PlatformIdentity platformIdentity(PlatformSecurityProperties properties) {
        PlatformSecurityProperties.Keycloak keycloak = properties.keycloak();
        return new PlatformIdentity(properties.issuer(), keycloak == null ? null : keycloak.roleMapping());
    }

    @Bean
    @ConditionalOnMissingBean
    RevokedSessions revokedSessions() {
        return new RevokedSessions(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty("spring.kafka.bootstrap-servers")
    @ConditionalOnProperty(name = "trendscout.security.revocations.enabled", havingValue = "true", matchIfMissing = true)
    SessionRevocationConsumer sessionRevocationConsumer(org.springframework.core.env.Environment environment,
            RevocationProperties properties, RevokedSessions revoked) {
        return new SessionRevocationConsumer(environment.getProperty("spring.kafka.bootstrap-servers"),
                properties.lookback(), revoked, Clock.systemUTC());
    }

    @Bean
    static RevokedSessionCheck revokedSessionCheck(ObjectProvider<RevokedSessions> revoked) {
        return new RevokedSessionCheck(revoked);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(PlatformSecurityProperties properties) {
        return TokenDecoders.forProperties(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("trendscout.crypto.key")
    SecretCipher secretCipher(org.springframework.core.env.Environment environment) {
        return SecretCipher.fromBase64Key(environment.getProperty("trendscout.crypto.key"));
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, PlatformSecurityProperties properties,
            JwtDecoder decoder, PlatformIdentity identity) throws Exception {
        String[] publicPaths = properties.publicPaths().toArray(String[]::new);
        RequestMatcher publicRequests = matcher(properties.publicPaths());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPEN_PATHS).permitAll()
                        .requestMatchers(publicPaths).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenResolver(PublicRequestAuthentication.bearerTokens(publicRequests))
                        .authenticationManagerResolver(PublicRequestAuthentication.resolver(decoder, identity, publicRequests))
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                .headers(Customizer.withDefaults());
        return http.build();
    }

    private static RequestMatcher matcher(List<String> publicPaths) {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String path : OPEN_PATHS) {
            matchers.add(PathPatternRequestMatcher.withDefaults().matcher(path));
        }
        publicPaths.forEach(path -> matchers.add(PathPatternRequestMatcher.withDefaults().matcher(path)));
        return new OrRequestMatcher(matchers);
    }
}
