package io.trendscout.security.login;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the sign-in endpoints. */
final class Requests {

    private Requests() {
    }

    record Login(@NotBlank @Size(max = 254) @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a valid email address") String email,
            @NotNull @Size(max = 128) String password) {

        @Override
        public String toString() {
            return "Login[email=" + email + "]";
        }
    }

    record SecondFactor(@NotNull UUID challengeId, @NotNull @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String code) {
    }

    record Refresh(@NotBlank @Size(max = 200) String refreshToken) {

        @Override
        public String toString() {
            return "Refresh[***]";
        }
    }
}
