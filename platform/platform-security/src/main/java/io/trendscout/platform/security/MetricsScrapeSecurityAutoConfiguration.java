package io.trendscout.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator/prometheus} needs the scrape credential ({@code trendscout.metrics.user} and
 * {@code trendscout.metrics.password}, env {@code TRENDSCOUT_METRICS_USER} /
 * {@code TRENDSCOUT_METRICS_PASSWORD}) as HTTP Basic; without a configured credential it is
 * refused. A chain of its own, ahead of the platform's or a service's own chain, so it applies
 * whichever of those a service uses. Health probes stay open.
 */
@AutoConfiguration(after = PlatformSecurityAutoConfiguration.class,
        beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(MetricsScrapeSecurityAutoConfiguration.ScrapeCredential.class)
public class MetricsScrapeSecurityAutoConfiguration {

    static final String PATH = "/actuator/prometheus";

    /** The scrape credential; both blank (the default) means nobody may scrape. */
    @ConfigurationProperties("trendscout.metrics")
    record ScrapeCredential(String user, String password) {

        boolean configured() {
            return user != null && !user.isBlank() && password != null && !password.isBlank();
        }
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain metricsScrapeFilterChain(HttpSecurity http, ScrapeCredential credential) throws Exception {
        http.securityMatcher(PATH)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemAuthenticationHandlers.scrapeCredentialRequired()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemAuthenticationHandlers.scrapeCredentialRequired())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()));
        if (credential.configured()) {
            // An authentication manager of its own: a service's PasswordEncoder bean (security-service's Argon2)
            // must not be asked to check the scrape credential, whose hash it did not make.
            PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            DaoAuthenticationProvider scraper = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                    User.withUsername(credential.user()).password(encoder.encode(credential.password())).roles("METRICS").build()));
            scraper.setPasswordEncoder(encoder);
            http.authenticationManager(new ProviderManager(scraper))
                    .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("METRICS"));
        } else {
            http.authorizeHttpRequests(auth -> auth.anyRequest().denyAll());
        }
        return http.build();
    }
}
