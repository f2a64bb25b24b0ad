package io.trendscout.platform.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with an unreadable body without echoing internals (class names, stack): the
 * field by its JSON path and what its value must be in words.
 */
final class BodyErrors {

    private BodyErrors() {
    }

    static String describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "The body contains an unknown field: '" + path(unknown, unknown.getPropertyName()) + "'";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = path(mismatch, null);
            return field.isEmpty() ? "The request body does not have the expected structure"
                    : "Field '" + field + "' of the body " + ExpectedKind.mustBe(mismatch.getTargetType());
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return "The request body is missing";
        }
        return "The request body is not valid JSON";
    }

    /** The bad field, for the problem's {@code errors} list; empty when the body as a whole is bad. */
    static List<Map<String, Object>> errors(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return List.of(Map.of("field", path(unknown, unknown.getPropertyName()), "message", "unknown field"));
        }
        if (cause instanceof MismatchedInputException mismatch && !path(mismatch, null).isEmpty()) {
            return List.of(Map.of("field", path(mismatch, null), "message", ExpectedKind.mustBe(mismatch.getTargetType())));
        }
        return List.of();
    }

    private static String path(JacksonException ex, String fallback) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() && fallback != null ? fallback : path.toString();
    }
}
