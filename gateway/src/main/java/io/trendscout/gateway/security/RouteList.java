package io.trendscout.gateway.security;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * One configured list of routes ({@code "[METHOD ]pattern"} entries) as a single matcher, with the
 * same path semantics as Spring Security's {@code pathMatchers}. One matcher per entry made every
 * request walk some fifty matchers, each building a debug message whether or not debug was on.
 */
final class RouteList implements ServerWebExchangeMatcher {

    private record Entry(HttpMethod method, PathPattern pattern) {
    }

    private final String name;
    private final List<Entry> entries;

    RouteList(String name, List<GatewaySecurityConfiguration.RouteSpec> routes) {
        this.name = name;
        this.entries = routes.stream()
                .map(route -> new Entry(route.method(), PathPatternParser.defaultInstance.parse(route.pattern())))
                .toList();
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (Entry entry : entries) {
            if ((entry.method() == null || entry.method().equals(method)) && entry.pattern().matches(path)) {
                return MatchResult.match();
            }
        }
        return MatchResult.notMatch();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String toString() {
        return name + " routes";
    }
}
