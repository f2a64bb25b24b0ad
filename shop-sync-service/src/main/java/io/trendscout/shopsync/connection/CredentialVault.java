package io.trendscout.shopsync.connection;

import java.util.UUID;

import io.trendscout.platform.security.SecretCipher;
import io.trendscout.shopsync.channel.Credentials;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Encrypts a connection's credentials (AES-GCM, bound to the connection id) and back. */
@Component
class CredentialVault {

    private final SecretCipher cipher;
    private final JsonMapper json;

    CredentialVault(SecretCipher cipher, JsonMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    String seal(UUID connectionId, Credentials credentials) {
        return cipher.encrypt(json.writeValueAsString(credentials), "shop-connection:" + connectionId);
    }

    Credentials open(UUID connectionId, String platform, String sealed) {
        String plain = cipher.decrypt(sealed, "shop-connection:" + connectionId);
        Class<? extends Credentials> type = switch (platform) {
            case "shopify" -> Credentials.Shopify.class;
            case "amazon" -> Credentials.Amazon.class;
            default -> Credentials.Kaufland.class;
        };
        return json.readValue(plain, type);
    }
}
