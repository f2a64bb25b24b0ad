package io.trendscout.gateway.edge;

import io.trendscout.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Cross-origin access for the configured SPA origins only. Pre-flights are answered here, before
 * authentication (browsers send them without the token); a cross-origin request from any other
 * origin gets a 403 problem. Credentials (cookies) are not allowed: the API takes bearer tokens.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CorsFilter implements WebFilter {

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemResponses problems;

    CorsFilter(EdgeProperties properties, ProblemResponses problems) {
        this.configuration = configuration(properties.cors());
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        boolean valid = processor.process(configuration, exchange);
        if (!valid) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, "cors-rejected", "Cross-origin request rejected",
                    "This origin, method or header is not allowed to call the API.");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }

    static CorsConfiguration configuration(EdgeProperties.Cors cors) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(cors.allowedOrigins());
        config.setAllowedMethods(cors.allowedMethods());
        config.setAllowedHeaders(cors.allowedHeaders());
        config.setExposedHeaders(cors.exposedHeaders());
        config.setAllowCredentials(false);
        config.setMaxAge(cors.maxAge());
        return config;
    }
}
