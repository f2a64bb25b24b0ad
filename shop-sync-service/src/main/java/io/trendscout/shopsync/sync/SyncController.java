package io.trendscout.shopsync.sync;

import java.util.List;
import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.InvalidRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Manual sync trigger and sync logs, for the caller's own connections. */
@RestController
@RequestMapping("/api/sync")
@PreAuthorize("hasAnyRole('MERCHANT', 'ADMIN')")
class SyncController {

    static final int MAX_LOGS = 100;

    record TriggerRequest(@NotNull UUID connectionId, String mode) {
    }

    private final ShopSync sync;

    SyncController(ShopSync sync) {
        this.sync = sync;
    }

    @PostMapping("/trigger")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SyncLogView trigger(@Valid @RequestBody TriggerRequest request) {
        return sync.trigger(CurrentUser.id(), request.connectionId(), request.mode());
    }

    @GetMapping("/logs")
    List<SyncLogView> logs(@RequestParam(required = false) UUID connectionId, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LOGS) {
            throw new InvalidRequest("limit", "limit must be between 1 and " + MAX_LOGS);
        }
        return sync.logs(CurrentUser.id(), connectionId, limit);
    }

    @GetMapping("/logs/{id}")
    SyncLogView log(@PathVariable UUID id) {
        return sync.log(CurrentUser.id(), id);
    }
}
