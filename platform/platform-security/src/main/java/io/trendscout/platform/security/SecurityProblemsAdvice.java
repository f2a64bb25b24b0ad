package io.trendscout.platform.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.trendscout.platform.web.Problems;

/**
 * Method-security denials ({@code @PreAuthorize}) reach the MVC layer as exceptions; without this
 * they would fall into the platform's catch-all and become 500s. They are 403 (or 401) problems.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityProblemsAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
        if (CurrentUser.optionalId().isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
                    .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "A valid bearer token is required"));
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this request"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "A valid bearer token is required"));
    }
}
