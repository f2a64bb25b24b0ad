package io.trendscout.gateway.edge;

import java.net.InetSocketAddress;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.trendscout.gateway.problem.RequestIds;
import io.trendscout.gateway.security.PublicRouteAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the gateway tells the routed service, set on every proxied request (one copy of the
 * headers for all of it):
 * <ul>
 * <li>{@code X-Request-Id}: the id {@link RequestIdFilter} assigned.</li>
 * <li>{@code X-Forwarded-For}: the caller's address as the gateway resolved it (the TCP peer, or
 * what a trusted ingress reported when {@code server.forward-headers-strategy} is {@code native}),
 * replacing whatever the caller sent (an RFC 7239 {@code Forwarded} header from the caller is
 * dropped for the same reason). security-service keys its login lockouts on it, so a caller must
 * not be able to choose it. (Spring Cloud Gateway's own X-Forwarded filter is only active with
 * {@code trusted-proxies}, and then lets the listed proxies' callers pick their address.)</li>
 * <li>No {@code Authorization} header when the gateway ignored a bad token on a public route
 * (see {@link PublicRouteAuthentication}): the service serves the request anonymously too.</li>
 * <li>The trace context ({@code traceparent}, baggage) of the gateway's span for the incoming
 * request, so the service's spans are its children. This replaces Spring Cloud Gateway's
 * client-side observation ({@code spring.cloud.gateway.server.webflux.observability.enabled=false}),
 * which opened and timed a second observation and span per proxied request to do the same: about
 * 6 % of the gateway's CPU in a profile of {@code ./trendscout bench gateway}, while the incoming
 * request's span already covers the proxied call.</li>
 * </ul>
 */
@Component
class ProxiedRequestHeaders implements HttpHeadersFilter {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final Propagator propagator;

    ProxiedRequestHeaders(ObjectProvider<Propagator> propagator) {
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = HttpHeaders.copyOf(input);
        String requestId = exchange.getAttribute(RequestIds.ATTRIBUTE);
        if (requestId != null) {
            headers.set(RequestIds.HEADER, requestId);
        } else {
            headers.remove(RequestIds.HEADER);
        }
        headers.remove("Forwarded");
        if (exchange.getAttribute(PublicRouteAuthentication.TOKEN_IGNORED) != null) {
            headers.remove(HttpHeaders.AUTHORIZATION);
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote != null && remote.getAddress() != null) {
            headers.set(FORWARDED_FOR, remote.getAddress().getHostAddress());
        } else {
            headers.remove(FORWARDED_FOR);
        }
        Span span = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .orElse(null);
        if (span != null) {
            propagator.inject(span.context(), headers, HttpHeaders::set);
        }
        return headers;
    }
}
