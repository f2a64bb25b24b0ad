package io.trendscout.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.security.Api;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every way a session ends publishes SessionRevoked (finding 6 of #18), and ended sessions are not listed. */
@PlatformIntegrationTest
class SessionRevocationIT {

    static final String TOPIC = "identity.session-revoked.v1";

    @Value("${local.server.port}")
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void everyRevocationPathPublishesSessionRevoked() {
        Map<UUID, Expected> expected = new HashMap<>();

        Api.Account loggedOut = api.signUp(Api.uniqueEmail("rev-logout"));
        assertThat(api.post("/api/auth/logout", Map.of("refreshToken", loggedOut.refreshToken())).status()).isEqualTo(204);
        expected.put(loggedOut.sessionId(), new Expected(loggedOut.id(), "logout"));
        // the platform's consumer (platform-security) then refuses the session's access token here too
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.withToken(loggedOut.accessToken()).get("/api/users/me").status() == 401);

        Api.Account deleted = api.signIn(loggedOut.email(), Api.PASSWORD);
        Api.Response revoke = api.withToken(deleted.accessToken()).delete("/api/users/me/sessions/" + deleted.sessionId());
        assertThat(revoke.status()).as(revoke.toString()).isEqualTo(204);
        expected.put(deleted.sessionId(), new Expected(deleted.id(), "revoked by user"));

        Api.Account reused = api.signUp(Api.uniqueEmail("rev-reuse"));
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", reused.refreshToken())).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", reused.refreshToken())).status()).isEqualTo(401);
        expected.put(reused.sessionId(), new Expected(reused.id(), "refresh token reuse"));

        Api.Account other = api.signUp(Api.uniqueEmail("rev-change"));
        Api.Account current = api.signIn(other.email(), Api.PASSWORD);
        Api.Response changed = api.withToken(current.accessToken()).put("/api/users/me/password",
                Map.of("currentPassword", Api.PASSWORD, "newPassword", "Another-Good-Passphrase-7"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        expected.put(other.sessionId(), new Expected(other.id(), "password changed"));
        JsonNode listed = api.withToken(current.accessToken()).get("/api/users/me/sessions").json();
        assertThat(listed.size()).as("only the session that changed the password is left").isEqualTo(1);
        assertThat(listed.get(0).path("id").asString()).isEqualTo(current.sessionId().toString());

        Api.Account reset = api.signUp(Api.uniqueEmail("rev-reset"));
        assertThat(api.post("/api/auth/password-reset", Map.of("email", reset.email())).status()).isEqualTo(202);
        String code = Api.awaitCode(reset.email(), "Reset");
        assertThat(api.post("/api/auth/password-reset/confirm", Map.of("email", reset.email(), "code", code,
                "newPassword", "Brand-New-Passphrase-9")).status()).isEqualTo(204);
        expected.put(reset.sessionId(), new Expected(reset.id(), "password reset"));

        Api.Account erased = api.signUp(Api.uniqueEmail("rev-erase"));
        assertThat(api.withToken(erased.accessToken()).delete("/api/users/me").status()).isEqualTo(204);
        expected.put(erased.sessionId(), new Expected(erased.id(), "account erased"));

        Map<String, JsonNode> events = awaitEvents(expected.keySet().stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet()));
        expected.forEach((sessionId, what) -> {
            JsonNode envelope = events.get(sessionId.toString());
            assertThat(envelope.path("type").asString()).isEqualTo("SessionRevoked");
            JsonNode payload = envelope.path("payload");
            assertThat(payload.path("sessionId").asString()).isEqualTo(sessionId.toString());
            assertThat(payload.path("userId").asString()).as(what.reason()).isEqualTo(what.userId().toString());
            assertThat(payload.path("reason").asString()).isEqualTo(what.reason());
            Instant revokedAt = Instant.parse(payload.path("revokedAt").asString());
            Instant validUntil = Instant.parse(payload.path("tokensValidUntil").asString());
            assertThat(Duration.between(revokedAt, validUntil)).as(what.reason()).isEqualTo(Duration.ofMinutes(15));
            assertThat(revokedAt).isBefore(Instant.now().plusSeconds(1));
        });
        assertThat(events).doesNotContainKey(current.sessionId().toString());
    }

    @Test
    void accessTokensNameTheirSession() {
        Api.Account account = api.signUp(Api.uniqueEmail("rev-sid"));
        assertThat(Api.claims(account.accessToken()).path("sid").asString()).isEqualTo(account.sessionId().toString());
        JsonNode refreshed = api.post("/api/auth/refresh", Map.of("refreshToken", account.refreshToken())).json();
        assertThat(Api.claims(refreshed.path("accessToken").asString()).path("sid").asString())
                .isEqualTo(account.sessionId().toString());
    }

    /** Reads the topic from the start until every expected key has been seen (and a little longer, for strays). */
    private static Map<String, JsonNode> awaitEvents(Set<String> keys) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && !seen.keySet().containsAll(keys)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.put(record.key(), json.readTree(record.value()));
                }
            }
            consumer.poll(Duration.ofSeconds(2)).forEach(record -> seen.put(record.key(), json.readTree(record.value())));
        }
        assertThat(seen.keySet()).as("SessionRevoked events").containsAll(keys);
        return seen;
    }

    private record Expected(UUID userId, String reason) {
    }
}
