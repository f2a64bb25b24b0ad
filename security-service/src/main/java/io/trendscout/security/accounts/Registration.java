package io.trendscout.security.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.trendscout.security.accounts.AccountRejected.AlreadyVerified;
import io.trendscout.security.accounts.AccountRejected.EmailTaken;
import io.trendscout.security.audit.SecurityEventType;
import io.trendscout.security.audit.SecurityEvents;
import io.trendscout.security.codes.CodePurpose;
import io.trendscout.security.codes.CodeRejected;
import io.trendscout.security.codes.IssuedCode;
import io.trendscout.security.codes.OneTimeCodes;
import io.trendscout.security.mail.MailTemplate;
import io.trendscout.security.mail.Mailer;
import io.trendscout.security.shared.ClientAddress;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-up: the account starts pending, a code goes to the address, the code activates it. */
@Service
class Registration {

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;
    private final OneTimeCodes codes;
    private final Mailer mailer;
    private final SecurityEvents events;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    Registration(Accounts accounts, PasswordPolicy policy, org.springframework.security.crypto.password.PasswordEncoder passwords,
            OneTimeCodes codes, Mailer mailer, SecurityEvents events, TransactionTemplate tx) {
        this.accounts = accounts;
        this.policy = policy;
        this.passwords = passwords;
        this.codes = codes;
        this.mailer = mailer;
        this.events = events;
        this.tx = tx;
    }

    Registered register(RegisterRequest request, ClientAddress client) {
        String email = Emails.normalize(request.email());
        policy.check("password", request.password(), email);
        if (accounts.existsByEmail(email)) {
            throw new EmailTaken();
        }
        Account account = Account.register(email, passwords.encode(request.password()), request.firstName().strip(),
                request.lastName() == null ? null : request.lastName().strip(), request.locale(),
                "merchant".equals(request.accountType()), clock.instant());
        try {
            tx.executeWithoutResult(status -> accounts.saveAndFlush(account));
        } catch (DataIntegrityViolationException ex) {
            throw new EmailTaken();
        }
        events.record(SecurityEventType.REGISTERED, account.id(), client.value());
        sendCode(account);
        return new Registered(account.id(), email, Account.PENDING);
    }

    void verify(String email, String code, ClientAddress client) {
        Account account = accounts.findByEmail(Emails.normalize(email)).orElseThrow(NoSuchCode::new);
        if (account.isVerified()) {
            throw new AlreadyVerified();
        }
        try {
            codes.consume(CodePurpose.EMAIL_VERIFICATION, account.id().toString(), code);
        } catch (CodeRejected rejected) {
            events.record(SecurityEventType.CODE_FAILED, account.id(), client.value(), "email verification");
            throw rejected;
        }
        tx.executeWithoutResult(status -> accounts.findById(account.id()).ifPresent(a -> a.verify(clock.instant())));
        events.record(SecurityEventType.EMAIL_VERIFIED, account.id(), client.value());
    }

    /** Sends a new code if the address belongs to a pending account; says nothing either way. */
    void resend(String email) {
        accounts.findByEmail(Emails.normalize(email)).filter(account -> !account.isVerified()).ifPresent(this::sendCode);
    }

    private void sendCode(Account account) {
        IssuedCode code = codes.issue(CodePurpose.EMAIL_VERIFICATION, account.id(), account.id().toString());
        mailer.send(account.email(), Locale.forLanguageTag(account.locale()), MailTemplate.VERIFY_EMAIL,
                Map.of("name", account.firstName(), "code", code.code(),
                        "minutes", String.valueOf(code.validity().toMinutes())));
    }

    record Registered(UUID id, String email, String status) {
    }

    /** No account, so certainly no code: answered exactly like a wrong code's absence. */
    static final class NoSuchCode extends io.trendscout.security.shared.Rejection {
        NoSuchCode() {
            super(Kind.INVALID, "code-invalid", "Invalid code", "No valid code exists; request a new one");
        }
    }
}
