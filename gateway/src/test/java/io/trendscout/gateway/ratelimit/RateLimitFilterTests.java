package io.trendscout.gateway.ratelimit;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.gateway.MutableClock;
import io.trendscout.gateway.problem.ProblemResponses;
import io.trendscout.platform.identity.PlatformIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding 5 (d): budgets are keyed by the platform user id, not by the bare token subject. */
class RateLimitFilterTests {

    private static final String REALM = "http://keycloak/realms/trendscout";

    private final RateLimitProperties properties = new RateLimitProperties(true, List.of("/api/**"),
            Map.of("anonymous", new RateLimitProperties.Plan(60, 5), "basic", new RateLimitProperties.Plan(60, 2)),
            "memory", new RateLimitProperties.Postgres(null, null, null, 1));
    private final RateLimitFilter filter = new RateLimitFilter(properties,
            new InMemoryRateLimitStore(new MutableClock(Instant.parse("2026-01-01T00:00:00Z"))),
            new ProblemResponses(JsonMapper.builder().build()));
    private final PlatformIdentity identity = new PlatformIdentity("trendscout", Map.of());

    @Test
    void aRealmUserWhoseSubjectIsANativeAccountsIdHasABudgetOfItsOwn() {
        String sharedSubject = UUID.randomUUID().toString();
        Principal nativeUser = identity.authenticate(jwt("trendscout", sharedSubject));
        assertThat(status(nativeUser)).isNull();
        assertThat(status(nativeUser)).isNull();
        assertThat(status(nativeUser)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        Principal realmUser = identity.authenticate(jwt(REALM, sharedSubject));
        assertThat(status(realmUser)).as("not the native account's budget").isNull();
    }

    private HttpStatus status(Principal principal) {
        ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/trends"))
                .mutate().principal(Mono.just(principal)).build();
        filter.filter(exchange, ignored -> Mono.empty()).block();
        return (HttpStatus) exchange.getResponse().getStatusCode();
    }

    private static Jwt jwt(String issuer, String subject) {
        return Jwt.withTokenValue("t").header("alg", "ES256").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .subject(subject).claim("iss", issuer).claim("tier", "basic").build();
    }
}
