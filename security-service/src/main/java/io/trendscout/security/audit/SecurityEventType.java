package io.trendscout.security.audit;

/** What happened, as recorded in the audit trail and the {@code trendscout.security.events} counter. */
public enum SecurityEventType {
    REGISTERED,
    REGISTRATION_FOR_TAKEN_EMAIL,
    EMAIL_VERIFIED,
    LOGIN_PASSWORD_OK,
    LOGIN_FAILED,
    LOGIN_SUCCEEDED,
    LOCKOUT,
    TWO_FACTOR_FAILED,
    CODE_FAILED,
    TOKEN_REFRESHED,
    TOKEN_REUSE,
    LOGOUT,
    SESSION_REVOKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    ACCOUNT_DELETED,
    SIGNING_KEY_ROTATED,
    TIER_CHANGED;

    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
