package io.trendscout.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.sandbox.tiktok.DemoAccounts;
import io.trendscout.sandbox.tiktok.FakeVideo;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConnectFlowIT extends TiktokIntegrationTest {

    @Test
    void connectsTheSeedAccountAndComputesSeed003sEngagementOf572() {
        UUID user = UUID.randomUUID();
        Reply connected = connect(user, DemoAccounts.SEED_EXAMPLE);
        assertThat(connected.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(connected.body()).doesNotContain("act.").doesNotContain("rft.");

        Reply account = get("/api/tiktok/account", user);
        assertThat(account.status()).as(account.body()).isEqualTo(200);
        JsonNode json = account.json();
        assertThat(json.at("/metrics/engagementRate").asDouble()).isEqualTo(5.72);
        assertThat(json.at("/metrics/averageViews").asLong()).isEqualTo(12_500);
        assertThat(json.at("/stats/followers").asLong()).isEqualTo(50_000);
        assertThat(json.at("/connection/status").asString()).isEqualTo("ACTIVE");
        assertThat(json.at("/stale").asBoolean()).isFalse();
        assertThat(json.at("/metrics/hashtags/0/hashtag").asString()).isEqualTo("#diy");
        assertThat(account.body()).doesNotContain("act.").doesNotContain("rft.");

        Reply kit = get("/api/mediakit/tiktok", user);
        assertThat(kit.status()).isEqualTo(200);
        assertThat(kit.json().at("/stats/engagement_rate").asDouble()).isEqualTo(5.72);
        assertThat(kit.json().at("/engagement_rate").asDouble()).isEqualTo(5.72);
        assertThat(kit.json().at("/profile/url").asString()).isEqualTo("https://www.tiktok.com/@festas_builds");
        assertThat(kit.json().at("/meta/source").asString()).isEqualTo("TikTok Official API");
        assertThat(kit.json().at("/top_videos/0/views").asLong()).isEqualTo(15_000);
        assertThat(kit.json().at("/platform").asString()).isEqualTo("tiktok");
    }

    @Test
    void tokensAreEncryptedAtRestAndStateIsStoredHashed() {
        UUID user = UUID.randomUUID();
        String query = authorizeAtFake(user, DemoAccounts.SEED_EXAMPLE);
        String state = query.replaceAll(".*state=([^&]+).*", "$1");
        assertThat(jdbc.queryForObject("select count(*) from oauth_state where user_id = ? and state_hash <> ?", Integer.class,
                user, state)).isEqualTo(1);
        callback(query);
        Map<String, Object> row = jdbc.queryForMap("select access_token, refresh_token from tiktok_connection where user_id = ?", user);
        assertThat((String) row.get("access_token")).startsWith("v1:").doesNotContain("act.");
        assertThat((String) row.get("refresh_token")).startsWith("v1:").doesNotContain("rft.");
        assertThat(jdbc.queryForObject("select count(*) from oauth_state where user_id = ?", Integer.class, user)).isZero();
    }

    @Test
    void theAuthorizeUrlCarriesStateAndTheConfiguredScopesButNoPkceForAWebClient() {
        String url = get("/api/tiktok/auth/url", UUID.randomUUID()).json().get("url").asString();
        assertThat(url).startsWith(FAKE.baseUrl() + "/v2/auth/authorize/?client_key=sandbox-client-key")
                .contains("scope=user.info.basic%2Cuser.info.profile%2Cuser.info.stats%2Cvideo.list")
                .contains("response_type=code").contains("&state=").doesNotContain("code_challenge");
    }

    @Test
    void forgedStateIsA400Problem() {
        Reply reply = callback("code=whatever&state=forged-state-value");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw().headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/tiktok-invalid-state");
        assertThat(callback("code=whatever").json().get("type").asString()).endsWith("/tiktok-invalid-state");
    }

    @Test
    void replayedStateIsA400Problem() {
        UUID user = UUID.randomUUID();
        String query = authorizeAtFake(user, DemoAccounts.SEED_EXAMPLE);
        assertThat(callback(query).status()).isEqualTo(200);
        Reply replay = callback(query);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json().get("type").asString()).endsWith("/tiktok-invalid-state");
    }

    @Test
    void expiredStateIsA400Problem() {
        UUID user = UUID.randomUUID();
        String query = authorizeAtFake(user, DemoAccounts.SEED_EXAMPLE);
        jdbc.update("update oauth_state set expires_at = now() - interval '1 minute' where user_id = ?", user);
        Reply reply = callback(query);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).endsWith("/tiktok-state-expired");
    }

    @Test
    void deniedConsentIsAClearProblemAndConnectsNothing() {
        UUID user = UUID.randomUUID();
        FAKE.denyNextAuthorization();
        String query = authorizeAtFake(user, DemoAccounts.SEED_EXAMPLE);
        assertThat(query).contains("error=access_denied");
        Reply reply = callback(query);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).endsWith("/tiktok-consent-denied");
        assertThat(reply.json().get("detail").asString()).contains("did not allow");
        assertThat(get("/api/tiktok/account", user).status()).isEqualTo(404);
    }

    /** Finding 7 of #18: the callback's parameters are plain text; markup is refused before the state is used. */
    @Test
    void markupInTheCallbackIsA400ProblemThatEchoesNothing() {
        UUID user = UUID.randomUUID();
        String query = authorizeAtFake(user, DemoAccounts.SEED_EXAMPLE);
        Reply reply = callback(query + "&error=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).endsWith("/validation-failed");
        assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("error");
        assertThat(reply.body()).doesNotContain("<script>");
        assertThat(callback(query).status()).as("the state was not used up").isEqualTo(200);
    }

    @Test
    void anExpiredCodeIsRejectedWithA400Problem() {
        FAKE.codeLifetime(Duration.ZERO);
        UUID user = UUID.randomUUID();
        Reply reply = callback(authorizeAtFake(user, DemoAccounts.SEED_EXAMPLE));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).endsWith("/tiktok-code-rejected");
        assertThat(reply.json().get("detail").asString()).contains("invalid_grant");
    }

    @Test
    void everyEndpointNeedsAToken() {
        assertThat(get("/api/tiktok/auth/url", null).status()).isEqualTo(401);
        assertThat(get("/api/tiktok/account", null).status()).isEqualTo(401);
        assertThat(get("/api/mediakit/tiktok", null).status()).isEqualTo(401);
    }

    @Test
    void eachFetchPublishesStatsFetchedWithHashtagPerformanceAndItsVideos() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        JsonNode event = statsEvents(user, 1).get(0);
        assertThat(event.get("type").asString()).isEqualTo("StatsFetched");
        assertThat(event.get("version").asInt()).as("payload schema 2 on the v1 topic").isEqualTo(2);
        assertThat(event.at("/payload/engagementRate").asDouble()).isEqualTo(5.72);
        assertThat(event.at("/payload/hashtags/0/hashtag").asString()).isEqualTo("#diy");
        assertThat(event.at("/payload/hashtags/0/videos").asInt()).isEqualTo(2);

        FakeVideo workbench = FAKE.accountNamed(DemoAccounts.SEED_EXAMPLE).videos().stream()
                .filter(v -> v.id().equals("7300000000000000001")).findFirst().orElseThrow();
        JsonNode videos = event.at("/payload/videos");
        assertThat(videos).hasSize(2);
        JsonNode first = video(videos, workbench.id());
        assertThat(first).as(videos.toString()).isNotNull();
        assertThat(Instant.parse(first.get("createTime").asString())).isEqualTo(Instant.ofEpochSecond(workbench.createTime()));
        assertThat(first.get("hashtags").toString()).isEqualTo("[\"diy\",\"woodworking\"]");
        assertThat(first.get("viewCount").asLong()).isEqualTo(10_000);
        assertThat(first.get("likeCount").asLong()).isEqualTo(500);
        assertThat(first.get("commentCount").asLong()).isEqualTo(50);
        assertThat(first.get("shareCount").asLong()).isEqualTo(25);
        assertThat(video(videos, "7300000000000000002").get("viewCount").asLong()).isEqualTo(15_000);
        assertThat(event.at("/payload/deletedVideoIds")).as("nothing gone at the first fetch").isEmpty();
    }

    @Test
    void aRefreshReportsGrownCountersAndTheVideoGoneSinceTheLastFetchOnce() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        FAKE.updateAccount(DemoAccounts.SEED_EXAMPLE, account -> account.withVideos(account.videos().stream()
                .filter(v -> !v.id().equals("7300000000000000001")).map(v -> v.grown(500, 20, 2, 1)).toList()));
        assertThat(call("POST", "/api/tiktok/refresh", user, null).status()).isEqualTo(200);
        assertThat(call("POST", "/api/tiktok/refresh", user, null).status()).isEqualTo(200);

        List<JsonNode> events = statsEvents(user, 3);
        JsonNode refresh = events.get(1).path("payload");
        assertThat(refresh.path("deletedVideoIds").toString()).isEqualTo("[\"7300000000000000001\"]");
        assertThat(refresh.path("videos")).hasSize(1);
        assertThat(video(refresh.path("videos"), "7300000000000000002").get("viewCount").asLong()).isEqualTo(15_500);
        assertThat(video(refresh.path("videos"), "7300000000000000002").get("likeCount").asLong()).isEqualTo(770);
        assertThat(events.get(2).at("/payload/deletedVideoIds")).as("reported once").isEmpty();
        assertThat(get("/api/tiktok/account", user).json().at("/metrics/hashtags/0/videos").asInt())
                .as("the gone video no longer counts in the account's own metrics").isEqualTo(1);
    }

    private static JsonNode video(JsonNode videos, String id) {
        for (JsonNode video : videos) {
            if (id.equals(video.path("id").asString())) {
                return video;
            }
        }
        return null;
    }

    /** The first {@code count} StatsFetched events of the user, in publication order. */
    private static List<JsonNode> statsEvents(UUID user, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "stats-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("tiktok.stats-fetched.v1"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (events.size() < count && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (user.toString().equals(record.key())) {
                        events.add(JSON.readTree(record.value()));
                    }
                }
            }
        }
        assertThat(events).as("StatsFetched events for the user").hasSizeGreaterThanOrEqualTo(count);
        return events;
    }
}
