package io.trendscout.product.shared;

import io.trendscout.platform.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The platform's problem mapping, ahead of Boot's own {@code ProblemDetailsExceptionHandler}: when
 * Boot's auto-configuration registers that handler before the platform's advice exists, Boot's
 * (order 0) would answer validation errors without the {@code errors} list naming each field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice extends ProblemDetailsAdvice {
}
