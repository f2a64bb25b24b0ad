package io.trendscout.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsAListOfCommonPasswords() {
        assertThat(policy.size()).isGreaterThan(200);
    }

    @Test
    void rejectsShortCommonRepetitiveAndEmailPasswords() {
        assertThatThrownBy(() -> policy.check("password", "elevenchars", null)).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> policy.check("password", "Password1234", null)).hasMessageContaining("common");
        assertThatThrownBy(() -> policy.check("password", "ICHLIEBEDICH", null)).hasMessageContaining("common");
        assertThatThrownBy(() -> policy.check("password", "abababababababab", null)).hasMessageContaining("repetitive");
        assertThatThrownBy(() -> policy.check("password", "jana.schmidt.1", "jana.schmidt.1@example.com"))
                .hasMessageContaining("email");
        assertThatThrownBy(() -> policy.check("password", "x".repeat(60) + "y".repeat(69), null)).hasMessageContaining("at most");
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThatNoException().isThrownBy(() -> policy.check("password", "Correct-Horse-Battery-42", "a@example.com"));
        assertThatNoException().isThrownBy(() -> policy.check("password", "grüne Äpfel im Mai", null));
    }
}
