package io.trendscout.security.login;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.security.accounts.AccountDirectory;
import io.trendscout.security.accounts.AccountView;
import io.trendscout.security.audit.SecurityEventType;
import io.trendscout.security.audit.SecurityEvents;
import io.trendscout.security.codes.CodePurpose;
import io.trendscout.security.codes.CodeRejected;
import io.trendscout.security.codes.IssuedCode;
import io.trendscout.security.codes.OneTimeCodes;
import io.trendscout.security.login.LoginRejected.EmailNotVerified;
import io.trendscout.security.login.LoginRejected.InvalidCredentials;
import io.trendscout.security.mail.MailTemplate;
import io.trendscout.security.mail.Mailer;
import io.trendscout.security.shared.ClientAddress;
import io.trendscout.security.throttle.LoginGuard;
import io.trendscout.security.throttle.LoginTarget;
import org.springframework.stereotype.Service;

/**
 * Two steps: the password (checked against the lockout first) earns a challenge whose code goes
 * by mail; the code completes the sign-in and opens a session. Wrong passwords and wrong codes of
 * a challenge count against the account, the client address and the pair of both ({@link LoginGuard});
 * an address without an account is throttled like one. A new challenge ends the account's older
 * ones, and only so many are issued per hour ({@link OneTimeCodes}).
 */
@Service
class LoginFlow {

    private final AccountDirectory directory;
    private final LoginGuard guard;
    private final OneTimeCodes codes;
    private final Mailer mailer;
    private final Sessions sessions;
    private final SecurityEvents events;

    LoginFlow(AccountDirectory directory, LoginGuard guard, OneTimeCodes codes, Mailer mailer, Sessions sessions,
            SecurityEvents events) {
        this.directory = directory;
        this.guard = guard;
        this.codes = codes;
        this.mailer = mailer;
        this.sessions = sessions;
        this.events = events;
    }

    LoginChallenge login(String email, String password, ClientAddress client) {
        Optional<AccountView> account = directory.findByEmail(email);
        UUID accountId = account.map(AccountView::id).orElse(null);
        LoginTarget target = accountId == null ? LoginTarget.unknownEmail(email) : LoginTarget.account(accountId);
        guard.check(client, target);
        if (!directory.passwordMatches(account, password)) {
            guard.failed(client, target);
            events.record(SecurityEventType.LOGIN_FAILED, accountId, client.value(), "password");
            throw new InvalidCredentials();
        }
        AccountView holder = account.orElseThrow();
        if (!holder.verified()) {
            throw new EmailNotVerified();
        }
        UUID challengeId = UUID.randomUUID();
        IssuedCode code = codes.issue(CodePurpose.LOGIN_2FA, holder.id(), challengeId.toString());
        mailer.send(holder.email(), holder.locale(), MailTemplate.LOGIN_CODE, Map.of("name", holder.firstName(),
                "code", code.code(), "minutes", String.valueOf(code.validity().toMinutes())));
        events.record(SecurityEventType.LOGIN_PASSWORD_OK, holder.id(), client.value());
        return new LoginChallenge(challengeId, code.expiresAt(), "email");
    }

    TokenResponse verify(UUID challengeId, String code, ClientAddress client, String userAgent) {
        UUID accountId = codes.holder(CodePurpose.LOGIN_2FA, challengeId.toString()).orElse(null);
        LoginTarget target = accountId == null ? null : LoginTarget.account(accountId);
        guard.check(client, target);
        UUID userId;
        try {
            userId = codes.consume(CodePurpose.LOGIN_2FA, challengeId.toString(), code);
        } catch (CodeRejected rejected) {
            // A wrong guess at a real challenge counts like a wrong password; an unknown challenge id guesses nothing.
            if (target != null && rejected.wasGuess()) {
                guard.failed(client, target);
            }
            events.record(SecurityEventType.TWO_FACTOR_FAILED, accountId, client.value(), rejected.type());
            throw rejected;
        }
        guard.succeeded(client, userId);
        directory.recordLogin(userId);
        events.record(SecurityEventType.LOGIN_SUCCEEDED, userId, client.value());
        return sessions.open(directory.get(userId), client, userAgent);
    }
}
