package io.trendscout.tiktok.connection;

import java.time.Instant;
import java.util.UUID;

import io.trendscout.platform.security.SecretCipher;
import io.trendscout.tiktok.api.TokenGrant;
import org.springframework.stereotype.Component;

/** Encrypts and decrypts a connection's tokens, each bound to its user and kind. */
@Component
class TokenVault {

    private final SecretCipher cipher;

    TokenVault(SecretCipher cipher) {
        this.cipher = cipher;
    }

    void store(TiktokConnection connection, TokenGrant grant, Instant now) {
        UUID user = connection.userId();
        connection.storeTokens(grant.openId(), grant.scope(), cipher.encrypt(grant.accessToken(), "tiktok-access:" + user),
                now.plusSeconds(grant.expiresIn()), cipher.encrypt(grant.refreshToken(), "tiktok-refresh:" + user),
                now.plusSeconds(grant.refreshExpiresIn()), now);
    }

    String accessToken(TiktokConnection connection) {
        return cipher.decrypt(connection.accessTokenCipher(), "tiktok-access:" + connection.userId());
    }

    String refreshToken(TiktokConnection connection) {
        return cipher.decrypt(connection.refreshTokenCipher(), "tiktok-refresh:" + connection.userId());
    }

    String encryptVerifier(String verifier, String stateHash) {
        return cipher.encrypt(verifier, "pkce:" + stateHash);
    }

    String decryptVerifier(String encrypted, String stateHash) {
        return cipher.decrypt(encrypted, "pkce:" + stateHash);
    }
}
