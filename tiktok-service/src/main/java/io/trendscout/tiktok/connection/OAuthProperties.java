package io.trendscout.tiktok.connection;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login Kit settings.
 *
 * @param authorizeUrl  TikTok's authorize page
 * @param redirectUri   the registered callback (the gateway's {@code /api/tiktok/auth/callback})
 * @param clientType    web (state + secret) or desktop / mobile (PKCE S256 as well)
 * @param pkceEncoding  hex (TikTok's desktop doc) or base64url (RFC 7636) for the S256 challenge
 * @param stateLifetime how long an authorization may take
 * @param refreshAhead  refresh the access token when it expires within this
 */
@ConfigurationProperties("trendscout.tiktok.oauth")
record OAuthProperties(String authorizeUrl, String clientKey, String clientSecret, String redirectUri, List<String> scopes,
        String clientType, String pkceEncoding, Duration stateLifetime, Duration refreshAhead) {

    boolean usesPkce() {
        return !"web".equalsIgnoreCase(clientType);
    }

    boolean configured() {
        return clientKey != null && !clientKey.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }
}
