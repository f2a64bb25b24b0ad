package io.trendscout.platform.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem for a bare status code, as the servlet container reports it (an error before or outside
 * Spring MVC): a stable type and a generic detail, never the container's own message, which may echo
 * the request or name internals.
 */
final class StatusProblems {

    private StatusProblems() {
    }

    static ProblemDetail of(int statusCode) {
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null || status == HttpStatus.INTERNAL_SERVER_ERROR) {
            return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                    "The request could not be processed. It has been logged.");
        }
        return switch (statusCode) {
            case 400 -> Problems.of(status, "bad-request", "Bad request",
                    "The request is malformed (request line, path, headers or encoding) and was not processed.");
            case 404 -> Problems.of(status, "not-found", "Not found", "Nothing is found at this path.");
            case 405 -> Problems.of(status, "method-not-allowed", "Method not allowed",
                    "This path does not support the request's method.");
            case 413 -> Problems.of(status, "payload-too-large", "Payload too large", "The request body is too large.");
            case 414 -> Problems.of(status, "uri-too-long", "URI too long", "The request URI is too long.");
            case 431 -> Problems.of(status, "headers-too-large", "Request headers too large",
                    "The request headers are too large.");
            default -> Problems.of(status, status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'),
                    status.getReasonPhrase(), "The request failed: " + status.getReasonPhrase() + ".");
        };
    }
}
