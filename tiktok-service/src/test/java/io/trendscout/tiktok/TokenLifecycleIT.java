package io.trendscout.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import io.trendscout.sandbox.tiktok.DemoAccounts;
import org.junit.jupiter.api.Test;

class TokenLifecycleIT extends TiktokIntegrationTest {

    @Test
    void refreshesAheadOfExpiryAndAlwaysKeepsTheNewestRotatedRefreshToken() {
        FAKE.tokenLifetimes(Duration.ofMinutes(5), Duration.ofDays(1));
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        String firstRefresh = refreshCipher(user);
        int tokenCalls = FAKE.calls("/v2/oauth/token");

        for (int i = 0; i < 3; i++) {
            // One minute left of a five-minute token: due for a refresh (half its lifetime is the margin).
            jdbc.update("update tiktok_connection set refreshed_at = now() - interval '4 minutes', "
                    + "access_expires_at = now() + interval '1 minute' where user_id = ?", user);
            Reply refreshed = call("POST", "/api/tiktok/refresh", user, null);
            assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        }
        // Each refresh rotated the refresh token; a stale one would have been refused (invalid_grant).
        assertThat(FAKE.calls("/v2/oauth/token")).isEqualTo(tokenCalls + 3);
        assertThat(refreshCipher(user)).isNotEqualTo(firstRefresh);
        assertThat(get("/api/tiktok/account", user).json().at("/connection/status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aRevokedConnectionNeedsReconsentOnceAndIsNotRetriedInALoop() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        FAKE.revokeAllTokens(DemoAccounts.SEED_EXAMPLE);

        Reply refresh = call("POST", "/api/tiktok/refresh", user, null);
        assertThat(refresh.status()).as(refresh.body()).isEqualTo(409);
        assertThat(refresh.json().get("type").asString()).endsWith("/tiktok-reconsent-required");
        assertThat(refresh.body()).contains("/api/tiktok/auth/url");

        int tokenCalls = FAKE.calls("/v2/oauth/token");
        int userInfoCalls = FAKE.calls("/v2/user/info");
        assertThat(call("POST", "/api/tiktok/refresh", user, null).status()).isEqualTo(409);
        jdbc.update("update account_snapshot set fetched_at = fetched_at - interval '1 day' where user_id = ?", user);
        Reply account = get("/api/tiktok/account", user);
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.json().at("/connection/status").asString()).isEqualTo("NEEDS_RECONSENT");
        assertThat(account.json().at("/connection/reconnectWith").asString()).isEqualTo("/api/tiktok/auth/url");
        assertThat(account.json().at("/stale").asBoolean()).isTrue();
        assertThat(account.json().at("/stats/followers").asLong()).isEqualTo(50_000);
        assertThat(FAKE.calls("/v2/oauth/token")).isEqualTo(tokenCalls);
        assertThat(FAKE.calls("/v2/user/info")).isEqualTo(userInfoCalls);

        // Connecting again heals the connection.
        connect(user, DemoAccounts.SEED_EXAMPLE);
        assertThat(get("/api/tiktok/account", user).json().at("/connection/status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void anExpiredRefreshTokenMarksTheConnectionWithoutCallingTikTok() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        jdbc.update("update tiktok_connection set access_expires_at = now(), refresh_expires_at = now() - interval '1 second' where user_id = ?", user);
        int tokenCalls = FAKE.calls("/v2/oauth/token");
        assertThat(call("POST", "/api/tiktok/refresh", user, null).status()).isEqualTo(409);
        assertThat(FAKE.calls("/v2/oauth/token")).isEqualTo(tokenCalls);
        assertThat(jdbc.queryForObject("select status from tiktok_connection where user_id = ?", String.class, user))
                .isEqualTo("NEEDS_RECONSENT");
    }

    private String refreshCipher(UUID user) {
        return jdbc.queryForObject("select refresh_token from tiktok_connection where user_id = ?", String.class, user);
    }
}
