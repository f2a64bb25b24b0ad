package io.trendscout.security.accounts;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.UserPreferencesChanged;
import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.platform.web.NotFound;
import io.trendscout.security.accounts.AccountRejected.WrongPassword;
import io.trendscout.security.audit.SecurityEventType;
import io.trendscout.security.audit.SecurityEvents;
import io.trendscout.security.shared.ClientAddress;
import io.trendscout.security.throttle.LoginGuard;
import io.trendscout.security.throttle.LoginTarget;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The caller's own account: profile, preferences, merchant role, password change. */
@Service
class Profiles {

    private final Accounts accounts;
    private final AccountDirectory directory;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final LoginGuard guard;
    private final SecurityEvents events;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;
    private final EventPublisher outbox;
    private final Clock clock = Clock.systemUTC();

    Profiles(Accounts accounts, AccountDirectory directory, PasswordPolicy policy, PasswordEncoder passwords,
            LoginGuard guard, SecurityEvents events, ApplicationEventPublisher publisher, TransactionTemplate tx,
            EventPublisher outbox) {
        this.accounts = accounts;
        this.directory = directory;
        this.policy = policy;
        this.passwords = passwords;
        this.guard = guard;
        this.events = events;
        this.publisher = publisher;
        this.tx = tx;
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    Profile get(UUID id) {
        Account account = find(id);
        return Profile.of(account, directory.effectiveRoles(account));
    }

    /** A change of the niches (primary or secondary) publishes UserPreferencesChanged in the same transaction. */
    @Transactional
    Profile update(UUID id, ProfileUpdate update) {
        if (update.timeZone() != null) {
            try {
                ZoneId.of(update.timeZone());
            } catch (DateTimeException ex) {
                throw new InvalidRequest("timeZone", "must be an IANA time zone such as Europe/Berlin");
            }
        }
        Account account = find(id);
        List<String> nichesBefore = account.niches();
        Instant now = clock.instant();
        account.update(update, now);
        if (!account.niches().equals(nichesBefore)) {
            outbox.publish(new UserPreferencesChanged(id, account.niches(), now));
        }
        return Profile.of(account, directory.effectiveRoles(account));
    }

    @Transactional
    Profile becomeMerchant(UUID id) {
        Account account = find(id);
        account.becomeMerchant(clock.instant());
        return Profile.of(account, directory.effectiveRoles(account));
    }

    /**
     * Wrong current passwords count against the account (and this address's attempts at it), so
     * this cannot be used to guess a password; not against the address, which others may share.
     */
    void changePassword(UUID id, UUID currentSession, Requests.PasswordChange change, ClientAddress client) {
        Account account = find(id);
        if (account.isExternal()) {
            throw new AccountRejected.PasswordManagedExternally();
        }
        guard.check(client, LoginTarget.account(id));
        if (!passwords.matches(change.currentPassword(), account.passwordHash())) {
            guard.failedSignedIn(client, id);
            events.record(SecurityEventType.LOGIN_FAILED, id, client.value(), "password change");
            throw new WrongPassword();
        }
        policy.check("newPassword", change.newPassword(), account.email());
        if (change.newPassword().equals(change.currentPassword())) {
            throw new AccountRejected.WeakPassword("newPassword", "must differ from the current password");
        }
        String hash = passwords.encode(change.newPassword());
        tx.executeWithoutResult(status -> {
            find(id).changePassword(hash, clock.instant());
            publisher.publishEvent(new PasswordChanged(id, currentSession, "password changed"));
        });
        events.record(SecurityEventType.PASSWORD_CHANGED, id, client.value());
    }

    private Account find(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("No such account"));
    }
}
