package io.trendscout.security.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.platform.web.NotFound;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts as sign-in sees them: look-up, password check, effective roles. */
@Service
@EnableConfigurationProperties(AccountsProperties.class)
public class AccountDirectory {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AccountsProperties properties;
    private final String timingDummy;
    private final Clock clock = Clock.systemUTC();

    AccountDirectory(Accounts accounts, PasswordEncoder passwords, AccountsProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.timingDummy = passwords.encode("timing-dummy-" + UUID.randomUUID());
    }

    public Optional<AccountView> findByEmail(String email) {
        return accounts.findByEmail(Emails.normalize(email)).map(this::view);
    }

    public AccountView get(UUID id) {
        return accounts.findById(id).map(this::view).orElseThrow(() -> new NotFound("No such account"));
    }

    /**
     * Checks a password; for an unknown account a dummy hash is checked instead, so the answer
     * takes as long either way and does not reveal which emails exist.
     */
    public boolean passwordMatches(Optional<AccountView> account, String rawPassword) {
        if (rawPassword == null || rawPassword.length() > PasswordPolicy.MAX_LENGTH) {
            return false;
        }
        String hash = account.flatMap(view -> accounts.findById(view.id())).map(Account::passwordHash).orElse(timingDummy);
        boolean matches = passwords.matches(rawPassword, hash);
        return account.isPresent() && matches;
    }

    @Transactional
    public void recordLogin(UUID id) {
        accounts.findById(id).ifPresent(account -> account.recordLogin(clock.instant()));
    }

    List<String> effectiveRoles(Account account) {
        List<String> roles = new ArrayList<>(account.roleList());
        // an external account's email is the issuer's claim, not an address proven here: no ADMIN by address
        if (!account.isExternal() && properties.isAdmin(account.email()) && !roles.contains("ADMIN")) {
            roles.add("ADMIN");
        }
        return roles;
    }

    private AccountView view(Account account) {
        return new AccountView(account.id(), account.email(), account.firstName(), Locale.forLanguageTag(account.locale()),
                account.isVerified(), effectiveRoles(account), account.tier());
    }
}
