package io.trendscout.sandbox.tiktok;

import java.time.Duration;

/**
 * What the fake accepts and how it behaves; every value can be changed while it runs (tests and
 * the {@code /__sandbox/settings} hook). Credentials are sandbox values, not secrets.
 */
public final class FakeSettings {

    volatile String clientKey = "sandbox-client-key";
    volatile String clientSecret = "sandbox-client-secret";
    volatile String shopAppKey = "sandbox-shop-app-key";
    volatile String shopAppSecret = "sandbox-shop-app-secret";
    volatile Duration accessTokenLifetime = Duration.ofHours(2);
    volatile Duration refreshTokenLifetime = Duration.ofDays(180);
    volatile Duration codeLifetime = Duration.ofMinutes(5);
    volatile boolean rotateRefreshTokens = true;
    /** Requests per endpoint per sliding minute; 0 switches the limit off. */
    volatile int rateLimitPerMinute = 600;
    /** How PKCE S256 challenges are encoded: "hex" (TikTok desktop doc) or "base64url" (RFC 7636). */
    volatile String pkceEncoding = "hex";
    volatile String defaultAccount = DemoAccounts.CREATOR;

    public String clientKey() {
        return clientKey;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String shopAppKey() {
        return shopAppKey;
    }

    public String shopAppSecret() {
        return shopAppSecret;
    }
}
