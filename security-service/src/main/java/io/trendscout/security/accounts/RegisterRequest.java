package io.trendscout.security.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST /api/auth/register; {@code accountType} {@code merchant} adds the MERCHANT role. */
record RegisterRequest(
        @NotBlank @Size(max = 254) @Email(regexp = Requests.EMAIL, message = "must be a valid email address") String email,
        @NotNull @Size(max = 128) String password,
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @NotNull @Pattern(regexp = "de|en", message = "de or en") String locale,
        @Pattern(regexp = "user|merchant", message = "user or merchant") String accountType) {

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + "]";
    }
}
