package io.trendscout.security.accounts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What sign-in needs to know about an account: who, whether verified, roles (admin included) and tier. */
public record AccountView(UUID id, String email, String firstName, Locale locale, boolean verified, List<String> roles,
        String tier) {
}
