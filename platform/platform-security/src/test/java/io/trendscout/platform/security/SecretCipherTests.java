package io.trendscout.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretCipherTests {

    private final SecretCipher cipher = SecretCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void roundTripsAndNeverStoresThePlaintext() {
        String sealed = cipher.encrypt("shpat_secret", "connection:1");
        assertThat(sealed).startsWith("v1:").doesNotContain("shpat_secret");
        assertThat(cipher.decrypt(sealed, "connection:1")).isEqualTo("shpat_secret");
        assertThat(cipher.encrypt("shpat_secret", "connection:1")).isNotEqualTo(sealed);
    }

    @Test
    void rejectsTamperingAndCopiesToAnotherRow() {
        String sealed = cipher.encrypt("token", "a");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "b")).isInstanceOf(IllegalArgumentException.class);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String flipped = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(flipped, "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingOrShortKey() {
        assertThatThrownBy(() -> SecretCipher.fromBase64Key("")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SecretCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
