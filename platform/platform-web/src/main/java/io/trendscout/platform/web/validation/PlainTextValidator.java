package io.trendscout.platform.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.codePoints().noneMatch(PlainTextValidator::isForbidden);
    }

    private static boolean isForbidden(int c) {
        return c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n' && c != '\t');
    }
}
