package io.trendscout.security.accounts;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param adminEmails accounts that get the ADMIN role (the only way to become admin) */
@ConfigurationProperties("trendscout.security")
record AccountsProperties(@DefaultValue List<String> adminEmails) {

    boolean isAdmin(String email) {
        return adminEmails.stream().filter(e -> e != null && !e.isBlank())
                .anyMatch(e -> e.strip().toLowerCase(Locale.ROOT).equals(email));
    }
}
