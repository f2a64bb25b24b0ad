package io.trendscout.security.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An account holder: credentials, roles, tier, profile and preferences. */
@Entity
@Table(name = "account")
class Account {

    static final String PENDING = "PENDING_VERIFICATION";
    static final String ACTIVE = "ACTIVE";

    @Id
    private UUID id;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    private String status;
    private String roles;
    private String tier;
    private String firstName;
    private String lastName;
    private String locale;
    private String timeZone;
    private String primaryNiche;
    private String secondaryNiches;
    private boolean notifyEmail;
    private boolean notifyPush;
    private String notifyFrequency;
    private String theme;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant verifiedAt;
    private Instant lastLoginAt;
    private Instant passwordChangedAt;
    @Version
    private long version;

    protected Account() {
    }

    static Account register(String email, String passwordHash, String firstName, String lastName, String locale,
            boolean merchant, Instant now) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.email = email;
        account.passwordHash = passwordHash;
        account.status = PENDING;
        account.roles = merchant ? "USER,MERCHANT" : "USER";
        account.tier = "basic";
        account.firstName = firstName;
        account.lastName = lastName;
        account.locale = locale;
        account.timeZone = "Europe/Berlin";
        account.secondaryNiches = "";
        account.notifyEmail = true;
        account.notifyPush = false;
        account.notifyFrequency = "weekly";
        account.theme = "light";
        account.createdAt = now;
        account.updatedAt = now;
        account.passwordChangedAt = now;
        return account;
    }

    /**
     * The account of an external identity (a Keycloak user), made on its first request: active
     * (the issuer vouches for the user), without a password, roles as the token names them.
     */
    static Account provision(UUID id, String email, String firstName, String lastName, String locale, List<String> roles,
            Instant now) {
        Account account = register(email, null, firstName, lastName, locale, false, now);
        account.id = id;
        account.roles = String.join(",", roles);
        account.status = ACTIVE;
        account.verifiedAt = now;
        return account;
    }

    /** Signs in through an external issuer: no password here, so no password sign-in, change or reset. */
    boolean isExternal() {
        return passwordHash == null;
    }

    void verify(Instant now) {
        if (!isVerified()) {
            status = ACTIVE;
            verifiedAt = now;
            updatedAt = now;
        }
    }

    void changePassword(String hash, Instant now) {
        passwordHash = hash;
        passwordChangedAt = now;
        updatedAt = now;
    }

    void becomeMerchant(Instant now) {
        Set<String> set = new LinkedHashSet<>(roleList());
        if (set.add("MERCHANT")) {
            roles = String.join(",", set);
            updatedAt = now;
        }
    }

    void changeTier(String newTier, Instant now) {
        tier = newTier;
        updatedAt = now;
    }

    void recordLogin(Instant now) {
        lastLoginAt = now;
    }

    void update(ProfileUpdate update, Instant now) {
        if (update.firstName() != null) {
            firstName = update.firstName().strip();
        }
        if (update.lastName() != null) {
            lastName = update.lastName().strip();
        }
        if (update.locale() != null) {
            locale = update.locale();
        }
        if (update.timeZone() != null) {
            timeZone = update.timeZone();
        }
        Preferences preferences = update.preferences();
        if (preferences != null) {
            if (preferences.primaryNiche() != null) {
                primaryNiche = preferences.primaryNiche().isEmpty() ? null : preferences.primaryNiche();
            }
            if (preferences.secondaryNiches() != null) {
                secondaryNiches = String.join(",", new LinkedHashSet<>(preferences.secondaryNiches()));
            }
            if (preferences.theme() != null) {
                theme = preferences.theme();
            }
            NotificationSettings notifications = preferences.notificationSettings();
            if (notifications != null) {
                notifyEmail = notifications.email() == null ? notifyEmail : notifications.email();
                notifyPush = notifications.push() == null ? notifyPush : notifications.push();
                notifyFrequency = notifications.frequency() == null ? notifyFrequency : notifications.frequency();
            }
        }
        updatedAt = now;
    }

    boolean isVerified() {
        return ACTIVE.equals(status);
    }

    List<String> roleList() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).toList();
    }

    /** The niches as one ordered list, primary first, without repeats (what UserPreferencesChanged carries). */
    List<String> niches() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        if (primaryNiche != null) {
            all.add(primaryNiche);
        }
        all.addAll(secondaryNicheList());
        return List.copyOf(all);
    }

    List<String> secondaryNicheList() {
        return secondaryNiches == null || secondaryNiches.isBlank() ? List.of()
                : new ArrayList<>(Arrays.asList(secondaryNiches.split(",")));
    }

    UUID id() { return id; }
    String email() { return email; }
    String passwordHash() { return passwordHash; }
    String tier() { return tier; }
    String firstName() { return firstName; }
    String lastName() { return lastName; }
    String locale() { return locale; }
    String timeZone() { return timeZone; }
    String primaryNiche() { return primaryNiche; }
    boolean notifyEmail() { return notifyEmail; }
    boolean notifyPush() { return notifyPush; }
    String notifyFrequency() { return notifyFrequency; }
    String theme() { return theme; }
    Instant createdAt() { return createdAt; }
    Instant lastLoginAt() { return lastLoginAt; }
}
