package io.trendscout.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Requests Spring Security's firewall refuses (an encoded slash, backslash, dot segment or other
 * ambiguous path that a service might read differently from the gateway) are a 400 problem
 * instead of an empty 400.
 */
@Component
class RejectedRequestProblems implements ServerExchangeRejectedHandler {

    private final ProblemResponses problems;

    RejectedRequestProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException ex) {
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "rejected-request", "Request rejected",
                "The request path or headers contain characters the gateway does not accept "
                        + "(e.g. an encoded slash, a backslash or a dot segment).");
    }
}
