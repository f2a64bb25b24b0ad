package io.trendscout.security.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Small request bodies of the account endpoints. */
final class Requests {

    /** A dot in the domain is required: {@code a@b} is not an address mail can reach. */
    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final String CODE = "\\d{6}";

    private Requests() {
    }

    record EmailOnly(@NotBlank @Size(max = 254) @Email(regexp = EMAIL, message = "must be a valid email address") String email) {
    }

    record EmailCode(@NotBlank @Size(max = 254) @Email(regexp = EMAIL, message = "must be a valid email address") String email,
            @NotNull @Pattern(regexp = CODE, message = "must be 6 digits") String code) {
    }

    record ResetConfirmation(@NotBlank @Size(max = 254) @Email(regexp = EMAIL, message = "must be a valid email address") String email,
            @NotNull @Pattern(regexp = CODE, message = "must be 6 digits") String code,
            @NotNull @Size(max = 128) String newPassword) {

        @Override
        public String toString() {
            return "ResetConfirmation[email=" + email + "]";
        }
    }

    record PasswordChange(@NotNull @Size(max = 128) String currentPassword, @NotNull @Size(max = 128) String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }
}
