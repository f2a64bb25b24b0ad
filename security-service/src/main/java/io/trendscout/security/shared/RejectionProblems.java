package io.trendscout.security.shared;

import io.trendscout.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every {@link Rejection} into an RFC 9457 problem, with {@code Retry-After} where it
 * applies. It also answers method-security denials with 403, ahead of the platform's catch-all
 * (which would make them a 500).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RejectionProblems {

    @ExceptionHandler(Rejection.class)
    ResponseEntity<ProblemDetail> rejected(Rejection rejection) {
        HttpStatus status = statusOf(rejection.kind());
        ProblemDetail problem = Problems.of(status, rejection.type(), rejection.title(), rejection.getMessage());
        rejection.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        rejection.retryAfter().ifPresent(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            problem.setProperty("retryAfterSeconds", seconds);
        });
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this request"));
    }

    static HttpStatus statusOf(Rejection.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case LOCKED -> HttpStatus.LOCKED;
            case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
