package io.trendscout.tiktok.connection;

import io.trendscout.platform.web.Problems;
import io.trendscout.tiktok.api.TiktokFailure;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Connection and TikTok failures as problem details; none carries a token or TikTok's raw answer. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ConnectionProblems {

    @ExceptionHandler(OAuthFailure.class)
    ResponseEntity<ProblemDetail> oauth(OAuthFailure ex) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, ex.type(), ex.title(), ex.getMessage()));
    }

    @ExceptionHandler(NotConnected.class)
    ResponseEntity<ProblemDetail> notConnected(NotConnected ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "tiktok-not-connected", "No TikTok account connected", ex.getMessage()));
    }

    @ExceptionHandler(ReconsentRequired.class)
    ResponseEntity<ProblemDetail> reconsent(ReconsentRequired ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "tiktok-reconsent-required", "TikTok access must be renewed",
                ex.getMessage());
        problem.setProperty("connectionStatus", ConnectionStatus.NEEDS_RECONSENT.name());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(NotConfigured.class)
    ResponseEntity<ProblemDetail> notConfigured(NotConfigured ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "tiktok-not-configured", "TikTok is not configured", ex.getMessage()));
    }

    @ExceptionHandler(TiktokFailure.Unavailable.class)
    ResponseEntity<ProblemDetail> unavailable(TiktokFailure.Unavailable ex) {
        boolean limited = ex instanceof TiktokFailure.RateLimited;
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, limited ? "tiktok-rate-limited" : "tiktok-unavailable",
                limited ? "TikTok rate limit reached" : "TikTok is unavailable",
                limited ? "TikTok's request limit is reached; try again in a minute."
                        : "TikTok cannot be reached right now and no stored data can stand in; try again later.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", limited ? "60" : "30").body(problem);
    }

    @ExceptionHandler(TiktokFailure.class)
    ResponseEntity<ProblemDetail> failed(TiktokFailure ex) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Problems.of(HttpStatus.BAD_GATEWAY, "tiktok-error",
                "TikTok refused the request", "TikTok answered with '" + ex.code() + "'."));
    }
}
