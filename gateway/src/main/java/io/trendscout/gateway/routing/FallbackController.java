package io.trendscout.gateway.routing;

import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.trendscout.gateway.problem.ProblemResponses;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request it cannot serve: a 504 problem when the service
 * did not answer within the route's time limit, a fast 503 problem when it is unreachable or the
 * breaker is open. Both name the service and carry {@code Retry-After}.
 */
@RestController
class FallbackController {

    private final ProblemResponses problems;

    FallbackController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        exchange.getResponse().getHeaders().set("Retry-After", "5");
        if (isTimeout(cause)) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "Gateway timeout",
                    "The " + service + " service did not answer in time; retry shortly.", Map.of("service", service));
        }
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                "The " + service + " service is unavailable right now; retry shortly.", Map.of("service", service));
    }

    private static boolean isTimeout(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
