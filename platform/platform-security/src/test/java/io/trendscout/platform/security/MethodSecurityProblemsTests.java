package io.trendscout.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/** A role check that fails is a 403 problem, a missing token a 401 problem: never a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = MethodSecurityProblemsTests.App.class)
class MethodSecurityProblemsTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void aUserOnAnAdminMethodGetsA403Problem() {
        String[] answer = get("user");
        assertThat(answer[0]).isEqualTo("403");
        assertThat(answer[1]).startsWith("application/problem+json");
        assertThat(answer[2]).contains("forbidden");
    }

    @Test
    void anAdminPassesAndNoTokenIsA401Problem() {
        assertThat(get("admin")[0]).isEqualTo("200");
        String[] anonymous = get(null);
        assertThat(anonymous[0]).isEqualTo("401");
        assertThat(anonymous[1]).startsWith("application/problem+json");
    }

    private String[] get(String token) {
        var request = RestClient.create("http://localhost:" + port).get().uri("/admin-only");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.exchange((req, response) -> new String[] {String.valueOf(response.getStatusCode().value()),
                String.valueOf(response.getHeaders().getContentType()), new String(response.getBody().readAllBytes())});
    }

    @SpringBootApplication
    @RestController
    static class App {

        /** Stands in for the JWKS-backed decoder: the token text names the role. */
        @Bean
        JwtDecoder jwtDecoder() {
            return token -> {
                if (!token.equals("user") && !token.equals("admin")) {
                    throw new BadJwtException("unknown test token");
                }
                return Jwt.withTokenValue(token).header("alg", "ES256").subject(UUID.randomUUID().toString())
                        .claim("roles", List.of(token.toUpperCase())).issuedAt(Instant.now())
                        .expiresAt(Instant.now().plusSeconds(60)).build();
            };
        }

        @GetMapping("/admin-only")
        @PreAuthorize("hasRole('ADMIN')")
        String adminOnly() {
            return "ok";
        }
    }
}
