package io.trendscout.aigenerator.shared;

import io.trendscout.platform.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The platform's problem mapping, ahead of Boot's own {@code ProblemDetailsExceptionHandler} (which
 * would answer validation errors without the {@code errors} list), but behind the feature advices.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ProblemAdvice extends ProblemDetailsAdvice {
}
