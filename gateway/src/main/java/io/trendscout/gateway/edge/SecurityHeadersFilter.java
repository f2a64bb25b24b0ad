package io.trendscout.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The edge's security headers on every response, routed or not: HSTS, no MIME sniffing, no
 * framing, no referrer, and a CSP that forbids everything for API responses (a relaxed one for
 * the Swagger UI pages).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeadersFilter implements WebFilter {

    private final EdgeProperties.Headers settings;

    SecurityHeadersFilter(EdgeProperties properties) {
        this.settings = properties.headers();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("Strict-Transport-Security", settings.hsts());
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", settings.referrerPolicy());
            headers.set("Content-Security-Policy", isDocsPage(path) ? settings.docsCsp() : settings.apiCsp());
            headers.remove("X-Powered-By");
            headers.remove("Server");
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static boolean isDocsPage(String path) {
        return path.startsWith("/swagger-ui") || path.startsWith("/webjars/");
    }
}
