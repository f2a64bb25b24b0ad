package io.trendscout.recommendation.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service on real PostgreSQL and Kafka, its catalog read from a fake product-service. */
@PlatformIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecommendationsIT {

    static final FakeProductService PRODUCTS;
    static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        try {
            PRODUCTS = new FakeProductService();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        String[] niches = {"fitness", "beauty", "kitchen"};
        for (int n = 0; n < 30; n++) {
            String niche = niches[n / 10];
            PRODUCTS.items.add(new FakeProductService.Item(new UUID(5, n), niche + " product " + n, niche,
                    niche + "-" + (n % 3), niche + "-tag", 10 + n, 40 + n));
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trendscout.recommendation.product-service-url", PRODUCTS::url);
        registry.add("trendscout.recommendation.training-interval", () -> "PT2S");
    }

    @AfterAll
    static void stopFake() {
        PRODUCTS.stop();
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModelSnapshots snapshots;

    @Autowired
    ServingModel serving;

    final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, JsonNode body, String contentType) {
    }

    Reply get(UUID user, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + TestInfrastructure.get().tokens().issue(user, "USER")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException | InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static void publish(EventPayload payload) {
        Map<String, Object> envelope = Map.of("id", UUID.randomUUID().toString(), "type", payload.eventType().name(),
                "version", 1, "occurredAt", Instant.now().toString(), "producer", "test", "subject", payload.subject(),
                "payload", payload);
        try (var producer = new KafkaProducer<String, String>(
                Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(payload.eventType().topic(), payload.subject(),
                    JSON.writeValueAsString(envelope))).get();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static UUID product(int n) {
        return new UUID(5, n);
    }

    void awaitTrainedCatalog() {
        await().atMost(Duration.ofSeconds(60)).until(() -> serving.get().size() == 30);
    }

    @Test
    @Order(1)
    void newUserGetsTrendingProductsOfTheRequestedNicheWithTheModelVersion() {
        awaitTrainedCatalog();
        UUID user = UUID.randomUUID();
        Reply reply = get(user, "/api/products/recommended?niche=Beauty&limit=5");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("modelVersion").asLong()).isPositive();
        assertThat(reply.body().get("coldStart").asBoolean()).isTrue();
        assertThat(reply.body().get("items")).hasSize(5).allSatisfy(item -> {
            assertThat(item.get("niche").asString()).isEqualTo("beauty");
            assertThat(item.get("reason").asString()).isEqualTo("trending in beauty");
        });
        Reply remembered = get(user, "/api/recommendations/products?limit=3");
        assertThat(remembered.body().get("items")).allSatisfy(i -> assertThat(i.get("niche").asString()).isEqualTo("beauty"));
        Reply stranger = get(UUID.randomUUID(), "/api/recommendations/products");
        assertThat(stranger.status()).isEqualTo(200);
        assertThat(stranger.body().get("items")).hasSize(20);
    }

    @Test
    @Order(2)
    void savesChangeTheListAndSayWhy() {
        awaitTrainedCatalog();
        UUID me = UUID.randomUUID();
        for (int u = 0; u < 5; u++) {
            UUID other = UUID.randomUUID();
            publish(new ProductInteracted(other, product(21), ProductInteracted.Kind.SAVED, Instant.now()));
            publish(new ProductInteracted(other, product(3), ProductInteracted.Kind.SAVED, Instant.now()));
        }
        publish(new ProductInteracted(me, product(21), ProductInteracted.Kind.SAVED, Instant.now()));
        publish(new ProductInteracted(me, new UUID(5, 999), ProductInteracted.Kind.SAVED, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Reply reply = get(me, "/api/products/recommended?limit=10");
            assertThat(reply.body().get("coldStart").asBoolean()).isFalse();
            List<String> ids = reply.body().get("items").valueStream().map(i -> i.get("productId").asString()).toList();
            assertThat(ids).doesNotContain(product(21).toString()).contains(product(3).toString());
            assertThat(reply.body().get("items").valueStream().map(i -> i.get("reason").asString()))
                    .contains("similar to kitchen product 21 you saved");
        });
        assertThat(jdbc.queryForObject("select count(*) from interaction where product_id = ?", Integer.class,
                new UUID(5, 999))).isEqualTo(1);

        publish(new UserErased(me, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("select count(*) from interaction where user_id = ?", Integer.class, me) == 0);
        assertThat(get(me, "/api/products/recommended").body().get("coldStart").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void similarProductsAndUnknownProducts() {
        awaitTrainedCatalog();
        Reply similar = get(UUID.randomUUID(), "/api/recommendations/products/" + product(12) + "/similar?limit=4");
        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.body().get("items")).hasSize(4)
                .allSatisfy(i -> assertThat(i.get("reason").asString()).isNotBlank());
        Reply unknown = get(UUID.randomUUID(), "/api/recommendations/products/" + UUID.randomUUID() + "/similar");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("application/problem+json");
    }

    @Test
    @Order(4)
    void badInputIsAProblem() {
        for (String path : List.of("/api/products/recommended?limit=0", "/api/recommendations/products?limit=101",
                "/api/recommendations/products?minPrice=50&maxPrice=10", "/api/recommendations/products?limit=abc",
                "/api/recommendations/products?minPrice=-1", "/api/recommendations/creators?limit=500",
                "/api/recommendations/products/not-a-uuid/similar")) {
            Reply reply = get(UUID.randomUUID(), path);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.contentType()).as(path).contains("application/problem+json");
        }
    }

    @Test
    @Order(5)
    void modelIsPersistedAndRestoredAsServed() {
        awaitTrainedCatalog();
        var restored = snapshots.latest().orElseThrow();
        assertThat(restored.size()).isEqualTo(30);
        assertThat(restored.version()).isPositive();
        assertThat(restored.product(product(4)).name()).isEqualTo("fitness product 4");
    }

    @Test
    @Order(6)
    void creatorsSimilarInNicheAudienceAndEngagement() {
        UUID me = UUID.randomUUID();
        UUID twin = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        publish(stats(me, "Me", 40_000, 6.0, "fitness", "gym"));
        publish(stats(twin, "Twin", 55_000, 5.8, "fitness", "workout"));
        publish(stats(other, "Other", 5_000_000, 1.0, "cooking"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply reply = get(me, "/api/recommendations/creators");
            assertThat(reply.body().get("basedOnYourStats").asBoolean()).isTrue();
            JsonNode first = reply.body().get("items").get(0);
            assertThat(first.get("displayName").asString()).isEqualTo("Twin");
            assertThat(first.get("reason").asString()).contains("#fitness").contains("same audience size");
        });
        Reply byNiche = get(UUID.randomUUID(), "/api/recommendations/creators?niche=cooking");
        assertThat(byNiche.body().get("items").get(0).get("displayName").asString()).isEqualTo("Other");
    }

    static StatsFetched stats(UUID user, String name, long followers, double engagement, String... hashtags) {
        return new StatsFetched(user, "open-" + user, name, followers, followers * 10, 50, engagement, 20_000,
                java.util.Arrays.stream(hashtags)
                        .map(h -> new StatsFetched.HashtagPerformance(h, 5, 1000, 100, 10, 5, 1)).toList(),
                Instant.now());
    }
}
