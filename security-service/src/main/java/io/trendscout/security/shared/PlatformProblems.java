package io.trendscout.security.shared;

import io.trendscout.platform.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The platform's problem mapping, ahead of Boot's own {@code ProblemDetailsExceptionHandler}
 * (order 0), which would otherwise answer validation and body errors without the platform's
 * problem types and field lists, depending on registration order. {@link RejectionProblems} still goes first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PlatformProblems extends ProblemDetailsAdvice {
}
