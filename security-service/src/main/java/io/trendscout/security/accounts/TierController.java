package io.trendscout.security.accounts;

import java.time.Clock;
import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.NotFound;
import io.trendscout.security.audit.SecurityEventType;
import io.trendscout.security.audit.SecurityEvents;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/users/{id}/tier} (ADMIN): sets an account's subscription tier, the {@code tier}
 * claim the gateway's rate limits are chosen by. It reaches the caller's tokens at their next
 * refresh (access tokens live 15 minutes at most).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class TierController {

    record TierChange(@NotNull @Pattern(regexp = "basic|premium|enterprise", message = "must be basic, premium or enterprise")
            String tier) {
    }

    record TierView(UUID id, String tier) {
    }

    private final Accounts accounts;
    private final SecurityEvents events;
    private final Clock clock = Clock.systemUTC();

    TierController(Accounts accounts, SecurityEvents events) {
        this.accounts = accounts;
        this.events = events;
    }

    @PutMapping("/api/users/{id}/tier")
    @Transactional
    public TierView change(@PathVariable UUID id, @Valid @RequestBody TierChange change) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFound("No such account"));
        String before = account.tier();
        account.changeTier(change.tier(), clock.instant());
        events.record(SecurityEventType.TIER_CHANGED, id, null,
                before + " -> " + change.tier() + " by " + CurrentUser.id());
        return new TierView(id, change.tier());
    }
}
