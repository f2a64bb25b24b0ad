package io.trendscout.shopsync.connection;

import io.trendscout.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConnectionProblems {

    @ExceptionHandler(ConnectionFailures.CredentialsRejected.class)
    ProblemDetail rejected(ConnectionFailures.CredentialsRejected ex) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "credentials-rejected", "The channel rejected the credentials",
                ex.getMessage());
    }

    @ExceptionHandler(ConnectionFailures.ChannelUnreachable.class)
    ProblemDetail unreachable(ConnectionFailures.ChannelUnreachable ex) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "channel-unavailable", "The channel cannot be reached right now",
                ex.getMessage());
    }

    /** Method security denials (role MERCHANT missing); the platform's catch-all would call them 500. */
    @ExceptionHandler(AuthorizationDeniedException.class)
    ProblemDetail denied(AuthorizationDeniedException ex) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This needs the MERCHANT role");
    }

    @ExceptionHandler(ConnectionFailures.AlreadyConnected.class)
    ProblemDetail duplicate(ConnectionFailures.AlreadyConnected ex) {
        return Problems.of(HttpStatus.CONFLICT, "already-connected", "Already connected", ex.getMessage());
    }
}
