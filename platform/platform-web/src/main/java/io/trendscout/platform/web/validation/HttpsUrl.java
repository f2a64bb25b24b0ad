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
 * An absolute {@code https} URL with a host, without user info, whitespace or control characters,
 * at most {@value #MAX_LENGTH} characters long. {@code null} is valid (add {@code @NotNull} to require one).
 * Applies to {@link CharSequence} and {@link java.net.URI} values.
 */
@Documented
@Constraint(validatedBy = {HttpsUrlValidator.class, HttpsUriValidator.class})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface HttpsUrl {

    int MAX_LENGTH = 2048;

    String message() default "must be an absolute https URL with a host, without user info, whitespace or control "
            + "characters, at most " + MAX_LENGTH + " characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
