package io.trendscout.product.security;

import io.trendscout.platform.security.PlatformRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Replaces the platform's filter chain because the catalog's public rules depend on the method:
 * anyone may GET products and public collections, but writing a collection or reading one's own
 * lists needs a token, and merchant products need the MERCHANT role. A token sent on a public
 * read is still validated (signed-in viewers are recorded).
 */
@Configuration
class ProductSecurityConfiguration {

    @Bean
    SecurityFilterChain productSecurityFilterChain(HttpSecurity http, JwtDecoder decoder) throws Exception {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(PlatformRoles::authorities);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/actuator/info",
                                "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/api/products/merchant", "/api/products/merchant/**").hasAnyRole("MERCHANT", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/products/saved").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/products", "/api/products/trending", "/api/products/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/collections").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/collections/public", "/api/collections/*").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .headers(Customizer.withDefaults());
        return http.build();
    }
}
