package io.trendscout.security.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.platform.web.NotFound;
import io.trendscout.security.audit.SecurityEventType;
import io.trendscout.security.audit.SecurityEvents;
import io.trendscout.security.mail.MailTemplate;
import io.trendscout.security.mail.MailUnavailable;
import io.trendscout.security.mail.Mailer;
import io.trendscout.security.throttle.LoginGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GDPR erasure: the account's sessions are revoked ({@link AccountClosing}), the account row goes
 * (codes and sessions with it, by foreign key), audit rows
 * are anonymised, and {@link UserErased} is published through the outbox in the same
 * transaction so every other service erases its data too. A goodbye mail follows the commit.
 */
@Service
class AccountErasure {

    private final Accounts accounts;
    private final SecurityEvents events;
    private final LoginGuard guard;
    private final EventPublisher publisher;
    private final Mailer mailer;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher sessionsEnd;
    private final Clock clock = Clock.systemUTC();

    AccountErasure(Accounts accounts, SecurityEvents events, LoginGuard guard, EventPublisher publisher, Mailer mailer,
            TransactionTemplate tx, ApplicationEventPublisher sessionsEnd) {
        this.accounts = accounts;
        this.events = events;
        this.guard = guard;
        this.publisher = publisher;
        this.mailer = mailer;
        this.tx = tx;
        this.sessionsEnd = sessionsEnd;
    }

    void erase(UUID id) {
        Account account = tx.execute(status -> {
            Account found = accounts.findById(id).orElseThrow(() -> new NotFound("No such account"));
            Instant now = clock.instant();
            sessionsEnd.publishEvent(new AccountClosing(id));
            accounts.delete(found);
            accounts.flush();
            guard.forget(id);
            events.forget(id);
            events.record(SecurityEventType.ACCOUNT_DELETED, id, null);
            publisher.publish(new UserErased(id, now));
            return found;
        });
        if (account.email().isBlank()) {
            return; // an external account whose issuer named no address
        }
        try {
            mailer.send(account.email(), Locale.forLanguageTag(account.locale()), MailTemplate.ACCOUNT_DELETED,
                    Map.of("name", account.firstName()));
        } catch (MailUnavailable ignored) {
            // The erasure stands; the confirmation mail is a courtesy.
        }
    }
}
