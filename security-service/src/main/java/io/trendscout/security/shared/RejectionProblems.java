package io.trendscout.security.shared;

import java.util.List;
import java.util.Map;

import io.trendscout.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every {@link Rejection} into an RFC 9457 problem, with {@code Retry-After} where it
 * applies. It also answers three framework exceptions itself, ahead of every other advice:
 * unreadable bodies and bad path values (so they keep the platform's problem types whichever
 * generic handler would otherwise win) and method-security denials (403, not the catch-all 500).
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

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-body",
                "Malformed request body", describe(ex)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                "Parameter '" + ex.getName() + "' has an invalid value");
        problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", "invalid value")));
        return ResponseEntity.badRequest().body(problem);
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

    /** Names the offending field without echoing internals (class names, stack). */
    static String describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        String name = cause.getClass().getSimpleName();
        if (name.contains("UnrecognizedProperty") || name.contains("IgnoredProperty")) {
            return "The body contains an unknown field" + quotedField(cause.getMessage());
        }
        if (name.contains("MismatchedInput") || name.contains("InvalidFormat") || name.contains("InvalidType")
                || name.contains("InvalidDefinition") || cause instanceof IllegalArgumentException) {
            return "A field of the body has the wrong type" + quotedField(cause.getMessage());
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return "The request body is missing";
        }
        return "The request body is not valid JSON";
    }

    private static String quotedField(String message) {
        if (message == null) {
            return "";
        }
        int start = message.indexOf('"');
        int end = start < 0 ? -1 : message.indexOf('"', start + 1);
        return end > start && end - start < 80 ? ": '" + message.substring(start + 1, end) + "'" : "";
    }
}
