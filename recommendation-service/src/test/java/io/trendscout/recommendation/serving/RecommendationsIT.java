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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.platform.events.contracts.UserPreferencesChanged;
import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.recommendation.interactions.Interactions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
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
        // merchants' own products: private, the hottest of their niches, and never to be recommended to anyone
        for (int n = 0; n < 3; n++) {
            PRODUCTS.items.add(new FakeProductService.Item(merchantProduct(n), "merchant product " + n, niches[n],
                    niches[n] + "-0", niches[n] + "-tag", 20, 100, true));
        }
    }

    static UUID merchantProduct(int n) {
        return new UUID(6, n);
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

    @Autowired
    Interactions interactions;

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

    /** Sends the payload in an envelope as a producer would; returns the event id. */
    static UUID publish(EventPayload payload) {
        return publish(payload.eventType().topic(), payload.eventType().name(), payload.subject(), payload);
    }

    static UUID publish(String topic, String type, String key, Object payload) {
        UUID id = UUID.randomUUID();
        Map<String, Object> envelope = Map.of("id", id.toString(), "type", type, "version", 1,
                "occurredAt", Instant.now().toString(), "producer", "test", "subject", key, "payload", payload);
        try (var producer = new KafkaProducer<String, String>(
                Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, JSON.writeValueAsString(envelope))).get();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        return id;
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
    @Order(4)
    void everyOutOfRangeListParameterIsA400NamingItWithoutJavaTypes() {
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        paths.put("/api/recommendations/products?minPrice=1e999", "minPrice");
        paths.put("/api/recommendations/products?maxPrice=1e999", "maxPrice");
        paths.put("/api/products/recommended?maxPrice=1000000000.01", "maxPrice");
        paths.put("/api/recommendations/products?minPrice=NaN", "minPrice");
        paths.put("/api/recommendations/products?limit=-1", "limit");
        paths.put("/api/recommendations/products?limit=100000", "limit");
        paths.put("/api/recommendations/products?limit=99999999999", "limit");
        paths.put("/api/recommendations/products/" + product(1) + "/similar?minPrice=1e999", "minPrice");
        paths.put("/api/recommendations/products?niche=%3Cscript%3E", "niche");
        paths.put("/api/recommendations/creators?limit=-1", "limit");
        paths.put("/api/recommendations/creators?limit=100000", "limit");
        paths.put("/api/recommendations/creators?niche=%3Cb%3Ex%3C%2Fb%3E", "niche");
        paths.forEach((path, parameter) -> {
            Reply reply = get(UUID.randomUUID(), path);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.contentType()).as(path).contains("application/problem+json");
            assertThat(reply.body().get("errors").get(0).get("field").asString()).as(path).isEqualTo(parameter);
            assertThat(reply.body().toString()).as(path).doesNotContain("java.", "BigDecimal", "Integer", "NumberFormat", "Exception");
        });
        assertThat(get(UUID.randomUUID(), "/api/recommendations/products?maxPrice=1000000000&limit=100").status()).isEqualTo(200);
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
        // creators are shown by the display data they connected, never by their account id
        for (Reply reply : List.of(get(me, "/api/recommendations/creators"), byNiche,
                get(UUID.randomUUID(), "/api/recommendations/creators?niche=fitness"))) {
            assertThat(reply.body().get("items")).isNotEmpty();
            assertThat(reply.body().toString()).doesNotContain(me.toString(), twin.toString(), other.toString());
        }
    }

    @Test
    @Order(7)
    void profileNichesGiveANewUserColdStartRecommendationsInThemAndComeBeforeAskedForOnes() {
        awaitTrainedCatalog();
        UUID user = UUID.randomUUID();
        // fitness trends least in this catalog: without the profile niche a new user gets other niches too
        Reply stranger = get(UUID.randomUUID(), "/api/recommendations/products?limit=5");
        assertThat(stranger.body().get("items").valueStream().map(i -> i.get("niche").asString()))
                .isNotEmpty().anyMatch(niche -> !niche.equals("fitness"));

        publish(new UserPreferencesChanged(user, List.of(" Fitness"), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply reply = get(user, "/api/recommendations/products?limit=5");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("coldStart").asBoolean()).isTrue();
            assertThat(reply.body().get("items")).hasSize(5).allSatisfy(item -> {
                assertThat(item.get("niche").asString()).isEqualTo("fitness");
                assertThat(item.get("reason").asString()).isEqualTo("trending in fitness");
            });
        });

        // ?niche= is still remembered, after the profile niches; a new profile list replaces only the profile part
        assertThat(get(user, "/api/recommendations/products?niche=beauty&limit=3").status()).isEqualTo(200);
        assertThat(interactions.niches(user)).containsExactly("fitness", "beauty");
        publish(new UserPreferencesChanged(user, List.of("kitchen", "beauty"), Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(interactions.niches(user)).containsExactly("kitchen", "beauty"));
        assertThat(jdbc.queryForObject("select array_to_string(niches, ',') from user_preference where user_id = ?",
                String.class, user)).isEqualTo("beauty");

        publish(new UserErased(user, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(interactions.niches(user)).isEmpty());
    }

    @Test
    @Order(8)
    void anOlderPreferencesEventArrivingLateDoesNotOverwriteANewerOne() {
        UUID user = UUID.randomUUID();
        // PostgreSQL keeps microseconds (rounding the rest), so the instants compared below start at whole microseconds
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        publish(new UserPreferencesChanged(user, List.of("beauty", "fitness"), now));
        UUID late = publish(new UserPreferencesChanged(user, List.of("kitchen"), now.minusSeconds(60)));
        awaitHandled(late);
        assertThat(interactions.niches(user)).containsExactly("beauty", "fitness");

        UUID cleared = publish(new UserPreferencesChanged(user, List.of(), now.plusSeconds(1)));
        awaitHandled(cleared);
        assertThat(interactions.niches(user)).isEmpty();
        UUID older = publish(new UserPreferencesChanged(user, List.of("kitchen"), now.plusMillis(500)));
        awaitHandled(older);
        assertThat(interactions.niches(user)).isEmpty();
        assertThat(jdbc.queryForObject("select changed_at from user_profile_niche where user_id = ?",
                java.sql.Timestamp.class, user).toInstant())
                .isEqualTo(now.plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    @Test
    @Order(9)
    void malformedPreferencesGoToTheDeadLetterTopic() {
        String topic = "identity.user-preferences-changed.v1";
        UUID user = UUID.randomUUID();
        String noNiches = user.toString();
        publish(topic, "UserPreferencesChanged", noNiches, Map.of("userId", noNiches, "changedAt", Instant.now().toString()));
        String badUser = UUID.randomUUID().toString();
        publish(topic, "UserPreferencesChanged", badUser,
                Map.of("userId", "not-a-uuid", "niches", List.of("fitness"), "changedAt", Instant.now().toString()));

        assertThat(deadLetterKeys(topic + ".DLT", Set.of(noNiches, badUser))).containsExactlyInAnyOrder(noNiches, badUser);
        assertThat(interactions.niches(user)).isEmpty();
    }

    @Test
    @Order(10)
    void merchantsOwnProductsAreNeverCopiedNorRecommendedToAnyone() {
        await().atMost(Duration.ofSeconds(60)).until(() -> serving.get().size() >= 30);
        for (int n = 0; n < 3; n++) {
            assertThat(jdbc.queryForObject("select count(*) from catalog_product where id = ?", Integer.class,
                    merchantProduct(n))).isZero();
            assertThat(get(UUID.randomUUID(), "/api/recommendations/products/" + merchantProduct(n) + "/similar").status())
                    .isEqualTo(404);
        }
        UUID user = UUID.randomUUID();
        publish(new ProductInteracted(user, product(2), ProductInteracted.Kind.SAVED, Instant.now()));
        for (String path : List.of("/api/recommendations/products?limit=100", "/api/products/recommended?niche=fitness&limit=100",
                "/api/products/recommended?niche=beauty&limit=100", "/api/recommendations/products/" + product(2) + "/similar?limit=100")) {
            String body = get(user, path).body().toString();
            for (int n = 0; n < 3; n++) {
                assertThat(body).as(path).doesNotContain(merchantProduct(n).toString());
            }
        }
        assertThat(snapshots.latest().orElseThrow().contains(merchantProduct(0))).isFalse();
    }

    @Test
    @Order(11)
    void userErasedDeletesEveryRowOfTheUserAndLateEventsAndRequestsStoreNothing() {
        UUID user = UUID.randomUUID();
        publish(stats(user, "Soon gone", 20_000, 4.0, "fitness"));
        publish(new ProductInteracted(user, product(4), ProductInteracted.Kind.SAVED, Instant.now()));
        publish(new UserPreferencesChanged(user, List.of("fitness"), Instant.now()));
        assertThat(get(user, "/api/products/recommended?niche=beauty").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rowsOf(user)).containsOnly(1));

        UUID erasure = publish(new UserErased(user, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rowsOf(user)).containsOnly(0));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where event_id = ?", Integer.class, erasure) == 2);

        // late events of the erased user and requests with their still-valid token
        UUID lateStats = publish(stats(user, "Soon gone", 21_000, 4.1, "fitness"));
        UUID lateInteraction = publish(new ProductInteracted(user, product(5), ProductInteracted.Kind.SAVED, Instant.now()));
        UUID latePreferences = publish(new UserPreferencesChanged(user, List.of("kitchen"), Instant.now()));
        assertThat(get(user, "/api/products/recommended?niche=kitchen").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where event_id in (?, ?, ?)", Integer.class, lateStats,
                lateInteraction, latePreferences) == 3);
        assertThat(rowsOf(user)).containsOnly(0);
        assertThat(get(UUID.randomUUID(), "/api/recommendations/creators?niche=fitness&limit=100").body().toString())
                .doesNotContain("Soon gone");
        // what remains is a pseudonymous tombstone: the id and when
        assertThat(jdbc.queryForObject("select count(*) from erased_user where user_id = ?", Integer.class, user)).isEqualTo(1);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'erased_user'"
                + " and table_schema = current_schema() order by column_name", String.class)).containsExactly("erased_at", "user_id");
    }

    /** The user's rows in every table keyed by user: interactions, asked-for niches, profile niches, creator stats. */
    List<Integer> rowsOf(UUID user) {
        return List.of("interaction", "user_preference", "user_profile_niche", "creator_stats").stream()
                .map(table -> jdbc.queryForObject("select count(*) from " + table + " where user_id = ?", Integer.class, user)
                        > 0 ? 1 : 0)
                .toList();
    }

    void awaitHandled(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where consumer = 'user-preferences-changed' and event_id = ?",
                Integer.class, eventId) == 1);
    }

    static List<String> deadLetterKeys(String topic, Set<String> wanted) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (found.size() < wanted.size() && System.currentTimeMillis() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (wanted.contains(record.key())) {
                        found.add(record.key());
                    }
                }
            }
        }
        return found;
    }

    static StatsFetched stats(UUID user, String name, long followers, double engagement, String... hashtags) {
        return new StatsFetched(user, "open-" + user, name, followers, followers * 10, 50, engagement, 20_000,
                java.util.Arrays.stream(hashtags)
                        .map(h -> new StatsFetched.HashtagPerformance(h, 5, 1000, 100, 10, 5, 1)).toList(),
                Instant.now());
    }
}
