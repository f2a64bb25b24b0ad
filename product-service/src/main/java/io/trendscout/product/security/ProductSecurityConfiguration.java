package io.trendscout.product.security;

import java.util.ArrayList;
import java.util.List;

import io.trendscout.platform.identity.PlatformIdentity;
import io.trendscout.platform.security.PublicRequestAuthentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Replaces the platform's filter chain because the catalog's public rules depend on the method:
 * anyone may GET products and public collections, but writing a collection or reading one's own
 * lists needs a token, and merchant products need the MERCHANT role. A valid token sent on a public
 * read still authenticates (signed-in viewers are recorded and see what their plan includes); a bad
 * one there leaves the caller anonymous, as on the platform's public paths.
 */
@Configuration
class ProductSecurityConfiguration {

    private static final String[] OPEN_PATHS = {"/actuator/health/**", "/actuator/health", "/actuator/prometheus",
            "/actuator/info", "/v3/api-docs/**", "/error"};
    private static final String[] PUBLIC_READS = {"/api/products", "/api/products/trending", "/api/products/*",
            "/api/collections/public", "/api/collections/*"};

    @Bean
    SecurityFilterChain productSecurityFilterChain(HttpSecurity http, JwtDecoder decoder, PlatformIdentity identity)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPEN_PATHS).permitAll()
                        .requestMatchers("/api/products/merchant", "/api/products/merchant/**").hasAnyRole("MERCHANT", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/products/saved").authenticated()
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/collections").authenticated()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationManagerResolver(PublicRequestAuthentication.resolver(decoder, identity, publicReads()))
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .headers(Customizer.withDefaults());
        return http.build();
    }

    /**
     * Where a bad token is ignored: the open paths and the public GETs. {@code /api/products/saved} and
     * {@code /api/products/merchant} match {@code /api/products/*} too, but still need an authenticated caller, so a
     * bad token there still ends in a 401.
     */
    private static RequestMatcher publicReads() {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String path : OPEN_PATHS) {
            matchers.add(PathPatternRequestMatcher.withDefaults().matcher(path));
        }
        for (String path : PUBLIC_READS) {
            matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path));
        }
        return new OrRequestMatcher(matchers);
    }
}
