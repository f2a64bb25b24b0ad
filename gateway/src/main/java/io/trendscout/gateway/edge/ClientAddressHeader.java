package io.trendscout.gateway.edge;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the routed service who called: {@code X-Forwarded-For} on a proxied request is the
 * caller's address as the gateway resolved it (the TCP peer, or what a trusted ingress reported
 * when {@code server.forward-headers-strategy} is {@code native}), replacing whatever the caller
 * sent (an RFC 7239 {@code Forwarded} header from the caller is dropped for the same reason).
 * security-service keys its login lockouts on it, so a caller must not be able to choose it.
 * (Spring Cloud Gateway's own X-Forwarded filter is only active with {@code trusted-proxies}, and
 * then lets the listed proxies' callers pick their address.)
 */
@Component
class ClientAddressHeader implements HttpHeadersFilter {

    static final String HEADER = "X-Forwarded-For";

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        HttpHeaders headers = HttpHeaders.copyOf(input);
        headers.remove("Forwarded");
        if (remote != null && remote.getAddress() != null) {
            headers.set(HEADER, remote.getAddress().getHostAddress());
        } else {
            headers.remove(HEADER);
        }
        return headers;
    }
}
