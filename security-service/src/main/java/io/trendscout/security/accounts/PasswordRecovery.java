package io.trendscout.security.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.security.audit.SecurityEventType;
import io.trendscout.security.audit.SecurityEvents;
import io.trendscout.security.codes.CodePurpose;
import io.trendscout.security.codes.CodeRejected;
import io.trendscout.security.codes.IssuedCode;
import io.trendscout.security.codes.OneTimeCodes;
import io.trendscout.security.mail.MailTemplate;
import io.trendscout.security.mail.Mailer;
import io.trendscout.security.shared.ClientAddress;
import io.trendscout.security.throttle.LoginGuard;
import io.trendscout.security.throttle.LoginTarget;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgotten password: a code by mail, then a new password with that code. The request answers
 * the same whether or not the address has an account. A reset ends every session and lifts an
 * account lock; it also proves the mailbox, so a pending account becomes verified.
 */
@Service
class PasswordRecovery {

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final OneTimeCodes codes;
    private final Mailer mailer;
    private final SecurityEvents events;
    private final LoginGuard guard;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    PasswordRecovery(Accounts accounts, PasswordPolicy policy, PasswordEncoder passwords, OneTimeCodes codes, Mailer mailer,
            SecurityEvents events, LoginGuard guard, ApplicationEventPublisher publisher, TransactionTemplate tx) {
        this.accounts = accounts;
        this.policy = policy;
        this.passwords = passwords;
        this.codes = codes;
        this.mailer = mailer;
        this.events = events;
        this.guard = guard;
        this.publisher = publisher;
        this.tx = tx;
    }

    /** Mails a reset code if the address has an account and one may be sent now; says nothing either way. */
    void request(String email) {
        accounts.findByEmail(Emails.normalize(email)).ifPresent(account -> {
            IssuedCode code;
            try {
                code = codes.issue(CodePurpose.PASSWORD_RESET, account.id(), account.id().toString());
            } catch (CodeRejected.CodeResendTooSoon | CodeRejected.CodeQuotaExceeded notNow) {
                return; // a code is on its way or the hour's codes are spent; saying so would reveal that the account exists
            }
            mailer.send(account.email(), Locale.forLanguageTag(account.locale()), MailTemplate.PASSWORD_RESET,
                    Map.of("name", account.firstName(), "code", code.code(),
                            "minutes", String.valueOf(code.validity().toMinutes())));
        });
    }

    /**
     * A wrong reset code counts like a wrong password (against the account, the address and the
     * pair), and a locked account is refused before the code is looked at; an address without an
     * account is answered and throttled exactly the same.
     */
    void confirm(Requests.ResetConfirmation request, ClientAddress client) {
        String email = Emails.normalize(request.email());
        Optional<Account> account = accounts.findByEmail(email);
        LoginTarget target = account.map(found -> LoginTarget.account(found.id())).orElseGet(() -> LoginTarget.unknownEmail(email));
        guard.check(client, target);
        policy.check("newPassword", request.newPassword(), email);
        if (account.isEmpty()) {
            throw notAccepted(client, target, "no account");
        }
        try {
            codes.consume(CodePurpose.PASSWORD_RESET, account.get().id().toString(), request.code());
        } catch (CodeRejected rejected) {
            throw notAccepted(client, target, rejected.type());
        }
        UUID id = account.get().id();
        String hash = passwords.encode(request.newPassword());
        tx.executeWithoutResult(status -> accounts.findById(id).ifPresent(a -> {
            a.changePassword(hash, clock.instant());
            a.verify(clock.instant());
            publisher.publishEvent(new PasswordChanged(a.id(), null, "password reset"));
        }));
        guard.forget(id);
        events.record(SecurityEventType.PASSWORD_RESET, id, client.value());
    }

    private AccountRejected.CodeNotAccepted notAccepted(ClientAddress client, LoginTarget target, String why) {
        guard.failed(client, target);
        events.record(SecurityEventType.CODE_FAILED, target.accountId(), client.value(), "password reset " + why);
        return new AccountRejected.CodeNotAccepted();
    }
}
