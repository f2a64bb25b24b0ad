package io.trendscout.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem details, the same shape as every other error. */
final class ProblemAuthenticationHandlers {

    private ProblemAuthenticationHandlers() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, ex) -> write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                "A valid bearer token is required", true);
    }

    /** 401 for the metrics scrape chain: HTTP Basic with the scrape credential. */
    static AuthenticationEntryPoint scrapeCredentialRequired() {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"metrics\"");
            write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "The metrics scrape credential (HTTP Basic) is required", false);
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this request", false);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title,
            String detail, boolean challenge) throws IOException {
        response.setStatus(status.value());
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"https://trendscout.io/problems/" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
