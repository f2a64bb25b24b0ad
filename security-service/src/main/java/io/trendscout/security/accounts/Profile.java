package io.trendscout.security.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The caller's account as the API shows it (never the password hash). */
record Profile(UUID id, String email, boolean emailVerified, String firstName, String lastName, String locale,
        String timeZone, List<String> roles, String tier, Preferences preferences, Instant createdAt, Instant lastLoginAt) {

    static Profile of(Account account, List<String> roles) {
        return new Profile(account.id(), account.email(), account.isVerified(), account.firstName(), account.lastName(),
                account.locale(), account.timeZone(), roles, account.tier(),
                new Preferences(account.primaryNiche(), account.secondaryNicheList(),
                        new NotificationSettings(account.notifyEmail(), account.notifyPush(), account.notifyFrequency()),
                        account.theme()),
                account.createdAt(), account.lastLoginAt());
    }
}
