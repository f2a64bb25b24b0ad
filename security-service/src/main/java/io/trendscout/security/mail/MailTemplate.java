package io.trendscout.security.mail;

/** The mails the security service sends; each has a template per language under {@code mail/}. */
public enum MailTemplate {
    VERIFY_EMAIL("verify-email"),
    LOGIN_CODE("login-code"),
    PASSWORD_RESET("password-reset"),
    ACCOUNT_DELETED("account-deleted"),
    /** Someone signed up with an address that already has an account. */
    ACCOUNT_EXISTS("account-exists");

    private final String file;

    MailTemplate(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }
}
