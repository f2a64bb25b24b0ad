package io.trendscout.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.sandbox.tiktok.DemoAccounts;
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
    void eachFetchPublishesStatsFetchedWithHashtagPerformance() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "stats-" + user);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("tiktok.stats-fetched.v1"));
            JsonNode event = null;
            long deadline = System.currentTimeMillis() + 30_000;
            while (event == null && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (user.toString().equals(record.key())) {
                        event = JSON.readTree(record.value());
                    }
                }
            }
            assertThat(event).as("StatsFetched for the user").isNotNull();
            assertThat(event.get("type").asString()).isEqualTo("StatsFetched");
            assertThat(event.at("/payload/engagementRate").asDouble()).isEqualTo(5.72);
            assertThat(event.at("/payload/hashtags/0/hashtag").asString()).isEqualTo("#diy");
            assertThat(event.at("/payload/hashtags/0/videos").asInt()).isEqualTo(2);
        }
    }
}
