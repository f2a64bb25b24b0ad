package io.trendscout.security.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.security.accounts.AccountRejected.CodeNotAccepted;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up: the account starts pending, a code goes to the address, the code activates it. None of
 * the answers tells whether an address has an account: a sign-up with a taken address is answered
 * like any other (with an id that leads nowhere) and its owner gets a mail instead; a code that is
 * not accepted is answered the same for every reason; resending always answers 202.
 */
@Service
class Registration {

    /** The owner of a taken address hears about sign-up attempts at most this often. */
    static final Duration TAKEN_NOTICE_INTERVAL = Duration.ofHours(1);

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final OneTimeCodes codes;
    private final Mailer mailer;
    private final SecurityEvents events;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    Registration(Accounts accounts, PasswordPolicy policy, PasswordEncoder passwords, OneTimeCodes codes, Mailer mailer,
            SecurityEvents events, TransactionTemplate tx) {
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
        String hash = passwords.encode(request.password()); // also for a taken address: the answer takes as long
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            return taken(existing.get(), client);
        }
        Account account = Account.register(email, hash, request.firstName().strip(),
                request.lastName() == null ? null : request.lastName().strip(), request.locale(),
                "merchant".equals(request.accountType()), clock.instant());
        try {
            tx.executeWithoutResult(status -> accounts.saveAndFlush(account));
        } catch (DataIntegrityViolationException raced) {
            return accounts.findByEmail(email).map(winner -> taken(winner, client)).orElseThrow(() -> raced);
        }
        events.record(SecurityEventType.REGISTERED, account.id(), client.value());
        sendCode(account);
        return new Registered(account.id(), email, Account.PENDING);
    }

    void verify(String email, String code, ClientAddress client) {
        Account account = accounts.findByEmail(Emails.normalize(email)).filter(found -> !found.isVerified())
                .orElseThrow(CodeNotAccepted::new);
        try {
            codes.consume(CodePurpose.EMAIL_VERIFICATION, account.id().toString(), code);
        } catch (CodeRejected rejected) {
            events.record(SecurityEventType.CODE_FAILED, account.id(), client.value(), "email verification " + rejected.type());
            throw new CodeNotAccepted();
        }
        tx.executeWithoutResult(status -> accounts.findById(account.id()).ifPresent(a -> a.verify(clock.instant())));
        events.record(SecurityEventType.EMAIL_VERIFIED, account.id(), client.value());
    }

    /** Sends a new code if the address belongs to a pending account and one may be sent now; says nothing either way. */
    void resend(String email) {
        accounts.findByEmail(Emails.normalize(email)).filter(account -> !account.isVerified()).ifPresent(account -> {
            try {
                sendCode(account);
            } catch (CodeRejected.CodeResendTooSoon | CodeRejected.CodeQuotaExceeded notNow) {
                // a code is on its way; saying so would reveal that the account exists
            }
        });
    }

    /** The address has an account: its owner is told (at most hourly), the caller gets the usual answer. */
    private Registered taken(Account owner, ClientAddress client) {
        Instant now = clock.instant();
        boolean toldRecently = events.recordedSince(SecurityEventType.REGISTRATION_FOR_TAKEN_EMAIL, owner.id(),
                now.minus(TAKEN_NOTICE_INTERVAL));
        events.record(SecurityEventType.REGISTRATION_FOR_TAKEN_EMAIL, owner.id(), client.value());
        if (!toldRecently) {
            mailer.send(owner.email(), Locale.forLanguageTag(owner.locale()), MailTemplate.ACCOUNT_EXISTS,
                    Map.of("name", owner.firstName()));
        }
        return new Registered(UUID.randomUUID(), owner.email(), Account.PENDING);
    }

    private void sendCode(Account account) {
        IssuedCode code = codes.issue(CodePurpose.EMAIL_VERIFICATION, account.id(), account.id().toString());
        mailer.send(account.email(), Locale.forLanguageTag(account.locale()), MailTemplate.VERIFY_EMAIL,
                Map.of("name", account.firstName(), "code", code.code(),
                        "minutes", String.valueOf(code.validity().toMinutes())));
    }

    record Registered(UUID id, String email, String status) {
    }
}
