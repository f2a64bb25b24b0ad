package io.trendscout.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.trendscout.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Per-plan request budgets, after authentication: a token's user (the platform user id, which for
 * a Keycloak token is derived from issuer and subject, so a realm user never shares a native
 * account's budget) under the plan named by its {@code tier} claim (basic when absent), a caller
 * without a (valid) token by client address under the anonymous plan. Over budget: 429 problem
 * with {@code Retry-After} in seconds.
 */
final class RateLimitFilter implements WebFilter, Ordered {

    /** Right after Spring Security's filter chain (order -100), so the caller is known. */
    static final int ORDER = -99;

    static final String ANONYMOUS = "anonymous";
    static final String BASIC = "basic";

    private final RateLimitProperties properties;
    private final RateLimitStore store;
    private final ProblemResponses problems;
    private final List<PathPattern> paths;

    RateLimitFilter(RateLimitProperties properties, RateLimitStore store, ProblemResponses problems) {
        this.properties = properties;
        this.store = store;
        this.problems = problems;
        this.paths = properties.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (paths.stream().noneMatch(pattern -> pattern.matches(path))) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(principal -> !(principal instanceof AnonymousAuthenticationToken))
                .map(this::caller)
                .switchIfEmpty(Mono.fromSupplier(() -> new Caller("ip:" + clientAddress(exchange), ANONYMOUS)))
                .flatMap(caller -> {
                    RateLimitProperties.Plan plan = properties.plan(caller.plan());
                    return store.consume(caller.key(), plan).flatMap(decision -> {
                        HttpHeaders headers = exchange.getResponse().getHeaders();
                        headers.set("RateLimit-Limit", String.valueOf(plan.burst()));
                        headers.set("RateLimit-Remaining", String.valueOf(decision.remaining()));
                        if (decision.allowed()) {
                            return chain.filter(exchange);
                        }
                        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
                        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
                        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                                "The request budget of the " + caller.plan() + " plan is used up; retry in " + seconds + " s.",
                                Map.of("plan", caller.plan(), "retryAfterSeconds", seconds));
                    });
                });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private Caller caller(Principal principal) {
        if (principal instanceof JwtAuthenticationToken token) {
            String tier = token.getToken().getClaimAsString("tier");
            String plan = tier == null || tier.isBlank() || ANONYMOUS.equals(tier) ? BASIC : tier.toLowerCase(java.util.Locale.ROOT);
            // the name is the platform user id (PlatformIdentity), not the bare subject
            return new Caller("user:" + token.getName(), properties.plans().containsKey(plan) ? plan : BASIC);
        }
        return new Caller("principal:" + principal.getName(), BASIC);
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    record Caller(String key, String plan) {
    }
}
