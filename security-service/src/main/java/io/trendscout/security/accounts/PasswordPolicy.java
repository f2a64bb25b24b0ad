package io.trendscout.security.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.trendscout.security.accounts.AccountRejected.WeakPassword;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * At least 12 and at most 128 characters (Argon2 input stays bounded), not one of the bundled
 * common passwords (compared case-insensitively), not a single repeated character and not the
 * email address or its local part.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this(load("security/common-passwords.txt"));
    }

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    void check(String field, String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new WeakPassword(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new WeakPassword(field, "must have at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new WeakPassword(field, "is one of the most common passwords");
        }
        if (lower.chars().distinct().count() <= 2) {
            throw new WeakPassword(field, "is too repetitive");
        }
        if (email != null) {
            String mail = email.toLowerCase(Locale.ROOT);
            String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.equals(mail) || lower.equals(local)) {
                throw new WeakPassword(field, "must not be your email address");
            }
        }
    }

    int size() {
        return common.size();
    }

    static Set<String> load(String resource) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException ex) {
            throw new UncheckedIOException("Missing common password list " + resource, ex);
        }
    }
}
