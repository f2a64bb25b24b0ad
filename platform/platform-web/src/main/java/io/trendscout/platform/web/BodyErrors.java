package io.trendscout.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

/** Says what is wrong with an unreadable body without echoing internals (class names, stack). */
final class BodyErrors {

    private BodyErrors() {
    }

    static String describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        String name = cause.getClass().getSimpleName();
        if (name.contains("UnrecognizedProperty")) {
            return "The body contains an unknown field" + fieldOf(cause.getMessage());
        }
        if (name.contains("MismatchedInput") || name.contains("InvalidFormat") || name.contains("InvalidType")) {
            return "A field of the body has the wrong type" + fieldOf(cause.getMessage());
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return "The request body is missing";
        }
        return "The request body is not valid JSON";
    }

    private static String fieldOf(String message) {
        if (message == null) {
            return "";
        }
        int start = message.indexOf('"');
        int end = start < 0 ? -1 : message.indexOf('"', start + 1);
        return end > start ? ": '" + message.substring(start + 1, end) + "'" : "";
    }
}
