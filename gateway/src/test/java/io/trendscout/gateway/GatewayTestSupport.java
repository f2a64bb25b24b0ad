package io.trendscout.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.trendscout.platform.identity.SessionRevocationConsumer;
import io.trendscout.platform.infra.LocalKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on a random port, every routed service played by one WireMock server (the
 * analytics service by a closed port: "down"), and a JWKS of locally generated keys served by
 * that WireMock too, and a real Kafka broker for session revocations. All gateway ITs share this
 * one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class GatewayTestSupport {

    static final WireMockServer BACKEND = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .containerThreads(20).asynchronousResponseEnabled(true));
    static final TestTokens TOKENS = new TestTokens();
    static final int CLOSED_PORT = closedPort();
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where security-service publishes session revocations. */
    static final LocalKafka KAFKA = LocalKafka.start(0);
    /** A session revoked before the gateway started (this also creates the topic, as in a deployment). */
    static final String REVOKED_BEFORE_START = UUID.randomUUID().toString();

    static {
        publishRevocation(REVOKED_BEFORE_START);
    }

    static {
        BACKEND.start();
        publishJwks();
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        String backend = BACKEND.baseUrl();
        for (String key : new String[] {"security", "product", "trend", "recommendation", "tiktok", "shopsync", "aigenerator"}) {
            registry.add("trendscout.services." + key, () -> backend);
        }
        registry.add("trendscout.services.analytics", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("trendscout.security.jwk-set-uri", () -> backend + "/.well-known/jwks.json");
        registry.add("spring.kafka.bootstrap-servers", KAFKA::bootstrapServers);
    }

    @BeforeEach
    void resetBackend() {
        BACKEND.resetAll();
        publishJwks();
    }

    static void publishJwks() {
        BACKEND.stubFor(get(urlEqualTo("/.well-known/jwks.json"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TOKENS.jwks())));
    }

    static String premiumUser() {
        return TOKENS.issue(UUID.randomUUID().toString(), "premium", "USER");
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    HttpResponse<String> fetch(String path, String token) {
        HttpRequest.Builder request = request(path).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** Asserts an RFC 9457 problem with this status and returns its body. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asString()).startsWith("https://trendscout.io/problems/");
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }

    /** Publishes a SessionRevoked envelope the way security-service's outbox does. */
    static void publishRevocation(String sessionId) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        Instant now = Instant.now();
        String envelope = JSON.writeValueAsString(Map.of("id", UUID.randomUUID().toString(), "type", "SessionRevoked",
                "version", 1, "occurredAt", now.toString(), "producer", "security-service", "subject", sessionId,
                "payload", Map.of("sessionId", sessionId, "userId", UUID.randomUUID().toString(), "revokedAt", now.toString(),
                        "tokensValidUntil", now.plus(Duration.ofMinutes(15)).toString(), "reason", "logout")));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(SessionRevocationConsumer.TOPIC, sessionId, envelope)).get();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
