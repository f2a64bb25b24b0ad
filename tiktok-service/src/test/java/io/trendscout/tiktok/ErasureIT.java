package io.trendscout.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.sandbox.tiktok.DemoAccounts;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ErasureIT extends TiktokIntegrationTest {

    @Test
    void disconnectRevokesAtTiktokDeletesTokensAndKeepsSnapshots() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        assertThat(FAKE.activeAccessTokens()).isEqualTo(1);

        Reply reply = call("DELETE", "/api/tiktok/disconnect", user, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("revokedAtTiktok").asBoolean()).isTrue();
        assertThat(reply.json().get("dataErased").asBoolean()).isFalse();
        assertThat(FAKE.activeAccessTokens()).isZero();
        assertThat(count("tiktok_connection", user)).isZero();
        assertThat(count("account_snapshot", user)).isEqualTo(1);

        Reply account = get("/api/tiktok/account", user);
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.json().at("/connection/status").asString()).isEqualTo("DISCONNECTED");
    }

    @Test
    void disconnectWithEraseDeletesEverySnapshotAndVideo() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        assertThat(count("video", user)).isEqualTo(2);

        Reply reply = call("DELETE", "/api/tiktok/disconnect?erase=true", user, null);
        assertThat(reply.json().get("dataErased").asBoolean()).isTrue();
        assertThat(count("account_snapshot", user) + count("video", user) + count("video_snapshot", user)
                + count("tiktok_connection", user)).isZero();
        assertThat(get("/api/tiktok/account", user).status()).isEqualTo(404);
    }

    @Test
    void disconnectStillDeletesTokensWhenTiktokIsDown() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        FAKE.down(true);
        Reply reply = call("DELETE", "/api/tiktok/disconnect", user, null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("revokedAtTiktok").asBoolean()).isFalse();
        assertThat(count("tiktok_connection", user)).isZero();
    }

    @Test
    void userErasedDeletesTokensDataAndShopConnectionOnce() {
        UUID user = UUID.randomUUID();
        connect(user, DemoAccounts.SEED_EXAMPLE);
        Reply shop = call("POST", "/api/tiktok/shop/connect", user, "{\"authCode\":\"" + FAKE.issueShopAuthCode() + "\"}");
        assertThat(shop.status()).as(shop.body()).isEqualTo(200);

        String envelope = """
                {"id":"%s","type":"UserErased","version":1,"occurredAt":"%s","producer":"security-service",
                 "subject":"%s","payload":{"userId":"%s","erasedAt":"%s"}}""".formatted(UUID.randomUUID(), Instant.now(), user,
                user, Instant.now());
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("identity.user-erased.v1", user.toString(), envelope));
            producer.send(new ProducerRecord<>("identity.user-erased.v1", user.toString(), envelope));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(count("tiktok_connection", user)
                + count("account_snapshot", user) + count("video", user) + count("video_snapshot", user)
                + count("shop_connection", user)).isZero());
        assertThat(FAKE.activeAccessTokens()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from processed_event where consumer = 'tiktok-user-erased'", Integer.class))
                .isGreaterThanOrEqualTo(1);
    }

    private int count(String table, UUID user) {
        return jdbc.queryForObject("select count(*) from " + table + " where user_id = ?", Integer.class, user);
    }
}
