package io.trendscout.platform.web.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Plain text: no markup ({@code <} or {@code >}) and no control characters other than line feed
 * and tab. {@code null} is valid (add {@code @NotNull} to require a value).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "must be plain text: no markup (< or >) and no control characters other than line feed and tab";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
