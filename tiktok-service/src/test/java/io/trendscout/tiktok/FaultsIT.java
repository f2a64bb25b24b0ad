package io.trendscout.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.trendscout.sandbox.tiktok.DemoAccounts;
import org.junit.jupiter.api.Test;

class FaultsIT extends TiktokIntegrationTest {

    @Test
    void freshStoredStatsAreServedWithoutCallingTikTok() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        int before = FAKE.calls("/v2/user/info") + FAKE.calls("/v2/video/list");
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/tiktok/account", user).status()).isEqualTo(200);
            assertThat(get("/api/mediakit/tiktok", user).status()).isEqualTo(200);
        }
        assertThat(FAKE.calls("/v2/user/info") + FAKE.calls("/v2/video/list")).isEqualTo(before);
    }

    @Test
    void staleStatsAreRefreshedWithTheNewestPageAndAVideoQuery() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.CREATOR);
        jdbc.update("update account_snapshot set fetched_at = fetched_at - interval '7 hours' where user_id = ?", user);
        FAKE.updateAccount(DemoAccounts.CREATOR, a -> a.withFollowers(a.followers() + 700));
        Reply account = get("/api/tiktok/account", user);
        assertThat(account.json().at("/stale").asBoolean()).isFalse();
        assertThat(account.json().at("/stats/followers").asLong()).isEqualTo(50_700);
        assertThat(FAKE.calls("/v2/video/query")).isEqualTo(1);
    }

    @Test
    void rateLimitExceededAfterRetriesIsA503ProblemWithRetryAfter() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        int before = FAKE.calls("/v2/user/info");
        FAKE.failNext(10, 429);
        Reply reply = call("POST", "/api/tiktok/refresh", user, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(reply.json().get("type").asString()).endsWith("/tiktok-rate-limited");
        assertThat(reply.raw().headers().firstValue("Retry-After")).hasValue("60");
        assertThat(FAKE.calls("/v2/user/info") - before).isEqualTo(3);
    }

    @Test
    void aFewServerErrorsAreRetriedAway() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        FAKE.failNext(2, 500);
        assertThat(call("POST", "/api/tiktok/refresh", user, null).status()).isEqualTo(200);
    }

    @Test
    void tiktokDownServesStaleDataFlaggedThenTheCircuitOpens() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        jdbc.update("update account_snapshot set fetched_at = fetched_at - interval '7 hours' where user_id = ?", user);
        FAKE.down(true);

        Reply account = get("/api/tiktok/account", user);
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.json().at("/stale").asBoolean()).isTrue();
        assertThat(account.json().at("/staleReason").asString()).contains("unavailable");
        assertThat(account.json().at("/metrics/engagementRate").asDouble()).isEqualTo(5.72);

        get("/api/tiktok/account", user);
        int callsWhenOpen = FAKE.calls("/v2/user/info");
        Reply refresh = call("POST", "/api/tiktok/refresh", user, null);
        assertThat(refresh.status()).isEqualTo(503);
        assertThat(refresh.json().get("type").asString()).endsWith("/tiktok-unavailable");
        assertThat(FAKE.calls("/v2/user/info")).as("an open circuit keeps calls away from TikTok").isEqualTo(callsWhenOpen);

        // Without stored data there is nothing to stand in: 503.
        jdbc.update("delete from account_snapshot where user_id = ?", user);
        assertThat(get("/api/tiktok/account", user).status()).isEqualTo(503);
    }

    @Test
    void pagingStopsAtTheConfiguredBound() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.CREATOR);
        // 48 videos, 20 per page, max-pages 2 in tests.
        assertThat(get("/api/tiktok/account", user).json().at("/stats/videosStored").asInt()).isEqualTo(40);
    }

    @Test
    void paginationThatEndsEarlyKeepsWhatWasReadAndDoesNotLoop() {
        FAKE.pagingEndsAfter(1);
        FAKE.pageShortfall(5);
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.CREATOR);
        Reply account = get("/api/tiktok/account", user);
        assertThat(account.json().at("/stats/videosStored").asInt()).isEqualTo(15);
        assertThat(account.json().at("/stats/videoCount").asInt()).isEqualTo(48);
        assertThat(FAKE.calls("/v2/video/list")).isEqualTo(2);
    }

    @Test
    void anAccountWithoutVideosHasZeroEngagementNotAnError() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.EMPTY);
        Reply account = get("/api/tiktok/account", user);
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.json().at("/metrics/engagementRate").asDouble()).isZero();
        assertThat(account.json().at("/metrics/averageViews").asLong()).isZero();
        assertThat(account.json().at("/metrics/topVideos").size()).isZero();
        Reply kit = get("/api/mediakit/tiktok", user);
        assertThat(kit.status()).isEqualTo(200);
        assertThat(kit.json().at("/stats/engagement_rate").asDouble()).isZero();
    }

    @Test
    void notConnectedIsA404Problem() {
        Reply reply = get("/api/tiktok/account", UUID.randomUUID());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("type").asString()).endsWith("/tiktok-not-connected");
        assertThat(call("POST", "/api/tiktok/refresh", UUID.randomUUID(), null).status()).isEqualTo(404);
        assertThat(call("DELETE", "/api/tiktok/disconnect", UUID.randomUUID(), null).status()).isEqualTo(404);
    }
}
