package io.trendscout.tiktok.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.trendscout.sandbox.tiktok.DemoAccounts;
import io.trendscout.tiktok.TiktokIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DailyFetchIT extends TiktokIntegrationTest {

    @Autowired
    DailyFetch dailyFetch;

    @Test
    void aSlotRunsOnceAcrossReplicasAndSkipsConnectionsNeedingReconsent() {
        UUID active = UUID.randomUUID();
        UUID revoked = UUID.randomUUID();
        connect(active, DemoAccounts.SEED_EXAMPLE);
        connect(revoked, DemoAccounts.EMPTY);
        jdbc.update("update tiktok_connection set status = 'NEEDS_RECONSENT' where user_id = ?", revoked);
        int snapshotsBefore = snapshots(active);
        Instant slot = Instant.parse("2030-01-01T03:00:00Z").plus(UUID.randomUUID().getLeastSignificantBits() & 0xffff, ChronoUnit.DAYS);

        DailyFetch.Run first = dailyFetch.run(slot);
        DailyFetch.Run second = dailyFetch.run(slot);

        assertThat(first.claimed()).isTrue();
        assertThat(first.accounts()).isGreaterThanOrEqualTo(1);
        assertThat(second.claimed()).isFalse();
        assertThat(snapshots(active)).isEqualTo(snapshotsBefore + 1);
        assertThat(snapshots(revoked)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from job_run where slot = ? and finished_at is not null", Integer.class,
                java.sql.Timestamp.from(slot))).isEqualTo(1);
    }

    @Test
    void followerGrowthComesFromSnapshotsOverTime() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        jdbc.update("update account_snapshot set fetched_at = fetched_at - interval '8 days', followers = 49000 where user_id = ?", user);
        FAKE.updateAccount(DemoAccounts.SEED_EXAMPLE, a -> a.withFollowers(50_400));
        call("POST", "/api/tiktok/refresh", user, null);
        Reply kit = get("/api/mediakit/tiktok", user);
        assertThat(kit.json().at("/growth/followers_last_week").asLong()).isEqualTo(1_400);
        assertThat(kit.json().at("/growth/followers_per_day").asDouble()).isEqualTo(175.0);
        assertThat(kit.json().at("/growth/history").size()).isEqualTo(2);
    }

    private int snapshots(UUID user) {
        return jdbc.queryForObject("select count(*) from account_snapshot where user_id = ?", Integer.class, user);
    }
}
