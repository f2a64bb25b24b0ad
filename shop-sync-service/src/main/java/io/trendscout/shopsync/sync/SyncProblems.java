package io.trendscout.shopsync.sync;

import io.trendscout.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SyncProblems {

    @ExceptionHandler(ShopSync.AlreadyRunning.class)
    ProblemDetail running(ShopSync.AlreadyRunning ex) {
        return Problems.of(HttpStatus.CONFLICT, "sync-running", "Sync already queued or running", ex.getMessage());
    }
}
