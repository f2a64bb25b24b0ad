package io.trendscout.security.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** PUT /api/users/me: null (or absent) fields stay as they are. */
record ProfileUpdate(
        @Size(min = 1, max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Pattern(regexp = "de|en", message = "de or en") String locale,
        @Size(max = 64) String timeZone,
        @Valid Preferences preferences) {
}
