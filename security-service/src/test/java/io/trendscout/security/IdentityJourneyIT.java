package io.trendscout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Journey 1 inside the service: register, verify by mail, password + mailed 2FA code, tokens, refresh rotation, logout, erasure. */
@PlatformIntegrationTest
class IdentityJourneyIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    MeterRegistry meters;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void registerVerifySignInWithTwoFactorRefreshAndLogout() {
        String email = Api.uniqueEmail("journey");
        Api.Response registered = api.post("/api/auth/register", Map.of("email", email, "password", Api.PASSWORD,
                "firstName", "Jana", "lastName", "Schmidt", "locale", "de"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().path("status").asString()).isEqualTo("PENDING_VERIFICATION");

        Api.Response early = api.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD));
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.problemType()).isEqualTo("email-not-verified");

        String verificationCode = Api.awaitCode(email, "Bestätige");
        assertThat(Api.smtp().mailsTo(email).getLast().body()).contains("Hallo Jana");
        Api.Response verified = api.post("/api/auth/verify-email", Map.of("email", email, "code", verificationCode));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);

        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(202);
        assertThat(login.body()).doesNotContain("accessToken");
        String challenge = login.json().path("challengeId").asString();
        String twoFactorCode = Api.awaitCode(email, "Anmeldecode");

        Api.Response tokens = api.post("/api/auth/verify-2fa", Map.of("challengeId", challenge, "code", twoFactorCode));
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        String access = tokens.json().path("accessToken").asString();
        String refresh = tokens.json().path("refreshToken").asString();
        assertThat(tokens.json().path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.json().path("expiresIn").asLong()).isBetween(800L, 900L);

        JsonNode header = Api.header(access);
        JsonNode claims = Api.claims(access);
        assertThat(header.path("alg").asString()).isEqualTo("ES256");
        assertThat(header.path("kid").asString()).isNotBlank();
        assertThat(claims.path("iss").asString()).isEqualTo("trendscout");
        assertThat(claims.path("aud").toString()).contains("trendscout-api");
        assertThat(claims.path("sub").asString()).isEqualTo(registered.json().path("id").asString());
        assertThat(claims.path("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(claims.path("tier").asString()).isEqualTo("basic");
        assertThat(claims.path("jti").asString()).isNotBlank();
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isLessThanOrEqualTo(900);

        Api.Response jwks = api.get("/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.body()).contains(header.path("kid").asString()).doesNotContain("\"d\"");

        Api me = api.withToken(access);
        Api.Response profile = me.get("/api/users/me");
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(profile.json().path("email").asString()).isEqualTo(email);
        assertThat(profile.json().path("emailVerified").asBoolean()).isTrue();
        assertThat(profile.json().path("locale").asString()).isEqualTo("de");
        assertThat(profile.body()).doesNotContain("password");

        Api.Response updated = me.put("/api/users/me", Map.of("lastName", "Meier", "timeZone", "America/New_York",
                "preferences", Map.of("primaryNiche", "fitness", "secondaryNiches", List.of("beauty", "health"),
                        "theme", "dark", "notificationSettings", Map.of("email", false, "push", true, "frequency", "daily"))));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        JsonNode again = me.get("/api/users/me").json();
        assertThat(again.path("lastName").asString()).isEqualTo("Meier");
        assertThat(again.path("firstName").asString()).isEqualTo("Jana");
        assertThat(again.path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(again.path("preferences").path("secondaryNiches").toString()).isEqualTo("[\"beauty\",\"health\"]");
        assertThat(again.path("preferences").path("theme").asString()).isEqualTo("dark");
        assertThat(again.path("preferences").path("notificationSettings").path("frequency").asString()).isEqualTo("daily");
        assertThat(again.path("preferences").path("notificationSettings").path("push").asBoolean()).isTrue();

        Api.Response sessions = me.get("/api/users/me/sessions");
        assertThat(sessions.status()).isEqualTo(200);
        assertThat(sessions.json().size()).isEqualTo(1);
        assertThat(sessions.json().get(0).path("current").asBoolean()).isTrue();

        Api.Response refreshed = api.post("/api/auth/refresh", Map.of("refreshToken", refresh));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String refresh2 = refreshed.json().path("refreshToken").asString();
        assertThat(refresh2).isNotEqualTo(refresh);
        assertThat(refreshed.json().path("sessionId").asString()).isEqualTo(tokens.json().path("sessionId").asString());
        assertThat(api.withToken(refreshed.json().path("accessToken").asString()).get("/api/users/me").status()).isEqualTo(200);

        Api.Response reused = api.post("/api/auth/refresh", Map.of("refreshToken", refresh));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.problemType()).isEqualTo("refresh-token-reused");
        Api.Response familyGone = api.post("/api/auth/refresh", Map.of("refreshToken", refresh2));
        assertThat(familyGone.status()).isEqualTo(401);
        assertThat(familyGone.problemType()).isEqualTo("invalid-refresh-token");
        // The revoked session is gone from the list (its access tokens are refused once SessionRevoked arrives).
        Api.Account second = api.signIn(email, Api.PASSWORD);
        JsonNode listed = api.withToken(second.accessToken()).get("/api/users/me/sessions").json();
        assertThat(listed.size()).as(listed.toString()).isEqualTo(1);
        assertThat(listed.get(0).path("id").asString()).isEqualTo(second.sessionId().toString());

        assertThat(api.post("/api/auth/logout", Map.of("refreshToken", second.refreshToken())).status()).isEqualTo(204);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", second.refreshToken())).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/logout", Map.of("refreshToken", second.refreshToken())).status()).isEqualTo(204);

        // counted (the scrape endpoint itself needs the metrics credential now)
        assertThat(meters.counter("trendscout.security.events", "type", "token_reuse").count()).isPositive();
        assertThat(meters.counter("trendscout.security.events", "type", "login_succeeded").count()).isPositive();
    }

    @Test
    void deletingTheAccountPublishesUserErasedAndEndsEverything() throws Exception {
        String email = Api.uniqueEmail("erase");
        Api.Account account = api.signUp(email);
        Api me = api.withToken(account.accessToken());

        Api.Response deleted = me.delete("/api/users/me");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

        JsonNode envelope = awaitEvent("identity.user-erased.v1", account.id().toString());
        assertThat(envelope.path("type").asString()).isEqualTo("UserErased");
        assertThat(envelope.path("version").asInt()).isEqualTo(1);
        assertThat(envelope.path("producer").asString()).isEqualTo("security-service");
        assertThat(envelope.path("subject").asString()).isEqualTo(account.id().toString());
        assertThat(envelope.path("payload").path("userId").asString()).isEqualTo(account.id().toString());
        assertThat(envelope.path("payload").path("erasedAt").asString()).isNotBlank();
        assertThat(envelope.path("id").asString()).isNotBlank();

        // 404 (no account) until the erasure's SessionRevoked arrives, then 401 (the token's session is revoked)
        assertThat(me.get("/api/users/me").status()).isIn(401, 404);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", account.refreshToken())).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", Api.PASSWORD)).status()).isEqualTo(401);
        assertThat(Api.smtp().mailsTo(email).getLast().subject()).contains("deleted");
        // The address is free again.
        assertThat(api.post("/api/auth/register", Map.of("email", email, "password", Api.PASSWORD, "firstName", "Again",
                "locale", "en")).status()).isEqualTo(201);
    }

    static JsonNode awaitEvent(String topic, String key) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        JsonMapper json = JsonMapper.builder().build();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return json.readTree(record.value());
                    }
                }
            }
        }
        throw new AssertionError("No event with key " + key + " on " + topic);
    }
}
