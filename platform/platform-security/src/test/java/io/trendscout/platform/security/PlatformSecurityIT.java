package io.trendscout.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.trendscout.platform.identity.SessionRevocationConsumer;
import io.trendscout.platform.infra.LocalKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's resource server in a servlet app on a real Kafka broker: tokens of revoked
 * sessions are refused (finding 6), public paths ignore a bad token (finding 15), and
 * {@code /actuator/prometheus} needs the scrape credential (finding 11).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = PlatformSecurityIT.App.class,
        properties = {"trendscout.security.public-paths=/api/open", "trendscout.metrics.user=scraper",
                "trendscout.metrics.password=scrape-secret", "management.endpoints.web.exposure.include=health,prometheus"})
class PlatformSecurityIT {

    static final LocalKafka KAFKA = LocalKafka.start(0);
    static final ECKey KEY = key();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Revoked before the application started: it must still be known. */
    static final String REVOKED_EARLIER = UUID.randomUUID().toString();

    static {
        publishRevocation(REVOKED_EARLIER);
    }

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::bootstrapServers);
    }

    @Test
    void aRevokedSessionsTokenIsRefusedWithinASecond() throws Exception {
        UUID user = UUID.randomUUID();
        String sid = UUID.randomUUID().toString();
        String token = token(user, sid, Instant.now().plusSeconds(600));
        HttpResponse<String> before = get("/api/me", "Bearer " + token);
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        assertThat(before.body()).isEqualTo(user.toString());

        publishRevocation(sid);
        long published = System.nanoTime();
        HttpResponse<String> after = get("/api/me", "Bearer " + token);
        while (after.statusCode() == 200 && System.nanoTime() - published < Duration.ofSeconds(3).toNanos()) {
            Thread.sleep(20);
            after = get("/api/me", "Bearer " + token);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Duration.ofSeconds(1));
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(get("/api/me", "Bearer " + token(user, UUID.randomUUID().toString(), Instant.now().plusSeconds(600))).statusCode())
                .as("the user's other sessions still work").isEqualTo(200);
    }

    @Test
    void aSessionRevokedBeforeTheReplicaStartedIsRefusedToo() throws Exception {
        String token = token(UUID.randomUUID(), REVOKED_EARLIER, Instant.now().plusSeconds(600));
        HttpResponse<String> response = get("/api/me", "Bearer " + token);
        for (int i = 0; i < 100 && response.statusCode() == 200; i++) { // the consumer's first assignment
            Thread.sleep(50);
            response = get("/api/me", "Bearer " + token);
        }
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void publicPathsIgnoreABadTokenAndStillAuthenticateAGoodOne() {
        UUID user = UUID.randomUUID();
        String expired = token(user, UUID.randomUUID().toString(), Instant.now().minusSeconds(60));
        for (String header : List.of("Bearer " + expired, "Bearer garbage", "Bearer not.a.token", "Bearer two words")) {
            HttpResponse<String> open = get("/api/open", header);
            assertThat(open.statusCode()).as(header + ": " + open.body()).isEqualTo(200);
            assertThat(open.body()).isEqualTo("anonymous");
            assertThat(get("/api/me", header).statusCode()).as("protected: " + header).isEqualTo(401);
        }
        HttpResponse<String> signedIn = get("/api/open", "Bearer " + token(user, UUID.randomUUID().toString(), Instant.now().plusSeconds(600)));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).isEqualTo(user.toString());
        assertThat(get("/actuator/health", "Bearer " + expired).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusNeedsTheScrapeCredential() {
        HttpResponse<String> anonymous = get("/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(get("/actuator/prometheus", basic("scraper", "wrong")).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer " + token(UUID.randomUUID(), UUID.randomUUID().toString(),
                Instant.now().plusSeconds(600))).statusCode()).as("a user token is no scrape credential").isEqualTo(401);
        HttpResponse<String> scraped = get("/actuator/prometheus", basic("scraper", "scrape-secret"));
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(get("/actuator/health", null).statusCode()).as("probes stay open").isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String token(UUID user, String sid, Instant expiresAt) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(user.toString()).issuer("trendscout")
                    .audience("trendscout-api").issueTime(Date.from(expiresAt.minusSeconds(900)))
                    .expirationTime(Date.from(expiresAt)).claim("roles", List.of("USER")).claim("sid", sid).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(KEY.getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(KEY));
            return jwt.serialize();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static void publishRevocation(String sid) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        String envelope = """
                {"id":"%s","type":"SessionRevoked","version":1,"occurredAt":"%s","producer":"security-service","subject":"%s",
                 "payload":{"sessionId":"%s","userId":"%s","revokedAt":"%s","tokensValidUntil":"%s","reason":"logout"}}"""
                .formatted(UUID.randomUUID(), Instant.now(), sid, sid, UUID.randomUUID(), Instant.now(), Instant.now().plusSeconds(900));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(SessionRevocationConsumer.TOPIC, sid, envelope)).get();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static ECKey key() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    @SpringBootApplication
    @RestController
    static class App {

        /** The platform decoder without a JWKS server: the test key, ES256, expiry checked. */
        @Bean
        JwtDecoder jwtDecoder() {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                    new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK()))));
            return new NimbusJwtDecoder(processor);
        }

        @GetMapping("/api/me")
        String me() {
            return CurrentUser.id().toString();
        }

        @GetMapping("/api/open")
        String open() {
            return CurrentUser.optionalId().map(UUID::toString).orElse("anonymous");
        }
    }
}
