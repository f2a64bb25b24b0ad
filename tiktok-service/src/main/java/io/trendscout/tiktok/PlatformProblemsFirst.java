package io.trendscout.tiktok;

import io.trendscout.platform.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Boot's own ProblemDetailsExceptionHandler is also registered (auto-configuration order) and
 * would answer bad input with a bare "Invalid request content."; this hands those cases to the
 * platform's advice, which lists every bad field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlatformProblemsFirst {

    private final ProblemDetailsAdvice platform;

    PlatformProblemsFirst(ProblemDetailsAdvice platform) {
        this.platform = platform;
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, HandlerMethodValidationException.class,
        HttpMessageNotReadableException.class})
    ResponseEntity<Object> badInput(Exception ex, WebRequest request) throws Exception {
        return platform.handleException(ex, request);
    }
}
