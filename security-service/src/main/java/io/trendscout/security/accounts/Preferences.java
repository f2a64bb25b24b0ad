package io.trendscout.security.accounts;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Preferences from the user schema of seed 000; null fields are left unchanged on update. */
record Preferences(
        @Pattern(regexp = "^$|[a-z0-9-]{1,40}", message = "lower-case letters, digits and '-', at most 40") String primaryNiche,
        @Size(max = 10) List<@Pattern(regexp = "[a-z0-9-]{1,40}", message = "lower-case letters, digits and '-', at most 40") String> secondaryNiches,
        @Valid NotificationSettings notificationSettings,
        @Pattern(regexp = "light|dark", message = "light or dark") String theme) {
}
