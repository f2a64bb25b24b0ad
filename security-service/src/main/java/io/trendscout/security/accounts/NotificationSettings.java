package io.trendscout.security.accounts;

import jakarta.validation.constraints.Pattern;

record NotificationSettings(Boolean email, Boolean push,
        @Pattern(regexp = "daily|weekly", message = "daily or weekly") String frequency) {
}
