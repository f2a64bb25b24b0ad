package io.trendscout.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The last word on any error: no route (404), wrong method (405), unreachable or slow backends
 * without a fallback (503/504), anything unexpected (500, logged, never described to the caller).
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponses problems;

    ProblemErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        if (ex instanceof ResponseStatusException status) {
            return statusProblem(exchange, status.getStatusCode(), status.getReason());
        }
        if (ex instanceof TimeoutException || ex.getCause() instanceof TimeoutException) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "Gateway timeout",
                    "The service did not answer in time; retry shortly.");
        }
        if (ex instanceof ConnectException || ex.getCause() instanceof ConnectException) {
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "The service is unavailable right now; retry shortly.");
        }
        log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side.");
    }

    private Mono<Void> statusProblem(ServerWebExchange exchange, HttpStatusCode code, String reason) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError()) {
            log.warn("{} on {} {}: {}", status.value(), exchange.getRequest().getMethod(), exchange.getRequest().getPath(), reason);
        }
        return switch (status) {
            case NOT_FOUND -> problems.write(exchange, status, "not-found", "Not found",
                    "No route or resource matches " + exchange.getRequest().getPath().value() + ".");
            case METHOD_NOT_ALLOWED -> problems.write(exchange, status, "method-not-allowed", "Method not allowed",
                    "This resource does not support " + exchange.getRequest().getMethod() + ".");
            case GATEWAY_TIMEOUT -> problems.write(exchange, status, "gateway-timeout", "Gateway timeout",
                    "The service did not answer in time; retry shortly.");
            case SERVICE_UNAVAILABLE, BAD_GATEWAY -> problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    "service-unavailable", "Service unavailable", "The service is unavailable right now; retry shortly.");
            case PAYLOAD_TOO_LARGE -> problems.write(exchange, status, "payload-too-large", "Payload too large",
                    "The request body is larger than allowed.");
            default -> status.is5xxServerError()
                    ? problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                            "Something went wrong on our side.")
                    : problems.write(exchange, status, "http-" + status.value(), status.getReasonPhrase(),
                            reason != null ? reason : status.getReasonPhrase());
        };
    }
}
