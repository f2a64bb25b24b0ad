package io.trendscout.gateway.edge;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.trendscout.gateway.problem.RequestIds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}: the caller's if it is a sane token, a new UUID
 * otherwise (random, not cryptographically: it only correlates logs). It is passed to the routed
 * service ({@link ProxiedRequestHeaders}) and echoed on the response (errors included).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = requestId(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        // No mutated request (a copy of all headers and one more exchange decorator every later
        // filter reads through): ProxiedRequestHeaders sets the header on the proxied request.
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, requestId);
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    static String requestId(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : randomUuid();
    }

    /** A version 4 UUID from a fast random source. */
    private static String randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & ~(0xCL << 60) | (0x8L << 60); // IETF variant
        return new UUID(high, low).toString();
    }
}
