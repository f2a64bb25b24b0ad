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
    /** The Research API client (client-credentials grant); sandbox values the local profile of trend-service uses. */
    volatile String researchClientKey = "sandbox-research-client-key";
    volatile String researchClientSecret = "sandbox-research-client-secret";
    volatile Duration researchTokenLifetime = Duration.ofHours(2);
    /** The Research API's daily quota per client (requests and records, reset at 00:00 UTC). */
    volatile int researchDailyRequests = 1_000;
    volatile long researchDailyRecords = 100_000;

    public String clientKey() {
        return clientKey;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String researchClientKey() {
        return researchClientKey;
    }

    public String researchClientSecret() {
        return researchClientSecret;
    }

    public String shopAppKey() {
        return shopAppKey;
    }

    public String shopAppSecret() {
        return shopAppSecret;
    }
}
