package io.trendscout.aigenerator.generation.web;

import java.time.Duration;
import java.time.Instant;

import io.trendscout.aigenerator.subjects.SourceUnavailable;
import io.trendscout.aigenerator.subjects.SubjectNotFound;
import io.trendscout.aigenerator.usage.QuotaExceeded;
import io.trendscout.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The generator's domain exceptions as problem details: 404 unknown subject, 503 source down, 429 quota spent. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GenerationProblems {

    @ExceptionHandler(SubjectNotFound.class)
    ResponseEntity<ProblemDetail> notFound(SubjectNotFound ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage()));
    }

    @ExceptionHandler(SourceUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(SourceUnavailable ex) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                "Dependency unavailable", ex.source() + " could not be reached; try again shortly");
        problem.setProperty("dependency", ex.source());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10").body(problem);
    }

    @ExceptionHandler(QuotaExceeded.class)
    ResponseEntity<ProblemDetail> quota(QuotaExceeded ex) {
        long seconds = Math.max(1, Duration.between(Instant.now(), ex.resetsAt()).toSeconds());
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "quota-exceeded", "Daily quota exceeded",
                ex.getMessage());
        problem.setProperty("tier", ex.tier());
        problem.setProperty("limit", ex.limit());
        problem.setProperty("resetsAt", ex.resetsAt().toString());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds))
                .body(problem);
    }
}
