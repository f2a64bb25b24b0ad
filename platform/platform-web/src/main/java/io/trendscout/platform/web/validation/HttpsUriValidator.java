package io.trendscout.platform.web.validation;

import java.net.URI;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link HttpsUrl} on a {@link URI}. */
public class HttpsUriValidator implements ConstraintValidator<HttpsUrl, URI> {

    @Override
    public boolean isValid(URI value, ConstraintValidatorContext context) {
        return value == null || HttpsUrlValidator.isHttpsUrl(value.toString());
    }
}
