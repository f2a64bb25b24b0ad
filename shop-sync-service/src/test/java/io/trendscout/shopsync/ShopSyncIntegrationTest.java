package io.trendscout.shopsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.sandbox.amazon.AmazonFake;
import io.trendscout.sandbox.kaufland.KauflandFake;
import io.trendscout.sandbox.shopify.ShopifyFake;
import io.trendscout.shopsync.channel.ShopChannels;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared set-up of the service's integration tests: one context, the three channel fakes for the JVM. */
@PlatformIntegrationTest
public abstract class ShopSyncIntegrationTest {

    protected static final ShopifyFake SHOPIFY = start(new ShopifyFake(0));
    protected static final AmazonFake AMAZON = start(new AmazonFake(0));
    protected static final KauflandFake KAUFLAND = start(new KauflandFake(0));
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final SyncedEvents EVENTS = new SyncedEvents(TestInfrastructure.get().kafka().bootstrapServers());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    ShopChannels channels;

    private static <T extends io.trendscout.sandbox.SandboxFake> T start(T fake) {
        fake.start();
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        return fake;
    }

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        registry.add("trendscout.shop-sync.channels.shopify.graphql-url", () -> SHOPIFY.baseUrl() + "/admin/api/{version}/graphql.json");
        registry.add("trendscout.shop-sync.channels.amazon.lwa-url", () -> AMAZON.baseUrl() + "/auth/o2/token");
        registry.add("trendscout.shop-sync.channels.amazon.endpoints.eu", AMAZON::baseUrl);
        registry.add("trendscout.shop-sync.channels.amazon.endpoints.na", AMAZON::baseUrl);
        registry.add("trendscout.shop-sync.channels.kaufland.base-url", () -> KAUFLAND.baseUrl() + "/v2");
        registry.add("trendscout.shop-sync.channels.http.read-timeout", () -> "2s");
        registry.add("trendscout.shop-sync.channels.http.retry-backoff", () -> "50ms");
        registry.add("trendscout.shop-sync.channels.http.breaker-open-for", () -> "1s");
        registry.add("trendscout.shop-sync.sync.poll-interval", () -> "200ms");
        registry.add("trendscout.shop-sync.sync.retry-delay", () -> "1s");
        registry.add("trendscout.shop-sync.sync.schedule-cron", () -> "-");
        registry.add("trendscout.shop-sync.webhooks.shopify-secret", () -> ShopifyFake.APP_SECRET);
        registry.add("trendscout.shop-sync.webhooks.poll-interval", () -> "100ms");
    }

    @BeforeEach
    void resetFakes() {
        SHOPIFY.reset();
        AMAZON.reset();
        KAUFLAND.reset();
        channels.resetCircuitBreakers();
    }

    protected record Reply(int status, JsonNode json, String body) {
    }

    protected static String merchant(UUID user) {
        return TestInfrastructure.get().tokens().issue(user, "MERCHANT");
    }

    protected Reply call(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode node = response.body() == null || response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), node, response.body());
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    protected static Map<String, Object> shopify() {
        return Map.of("platform", "shopify", "credentials",
                Map.of("shopDomain", ShopifyFake.DEMO_SHOP, "accessToken", ShopifyFake.DEMO_TOKEN));
    }

    protected static Map<String, Object> amazon() {
        return Map.of("platform", "amazon", "credentials", Map.of("clientId", AmazonFake.CLIENT_ID,
                "clientSecret", AmazonFake.CLIENT_SECRET, "refreshToken", AmazonFake.DEMO_REFRESH_TOKEN,
                "sellerId", AmazonFake.DEMO_SELLER, "marketplaceIds", List.of(AmazonFake.MARKETPLACE_DE), "region", "eu"));
    }

    protected static Map<String, Object> kaufland() {
        return Map.of("platform", "kaufland", "credentials", Map.of("clientKey", KauflandFake.DEMO_CLIENT_KEY,
                "secretKey", KauflandFake.DEMO_SECRET_KEY, "storefronts", List.of("de")));
    }

    protected UUID connect(String token, Map<String, Object> request) {
        Reply reply = call("POST", "/api/connections", token, request);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    /** Triggers a sync and waits until it ended; returns its log. */
    protected JsonNode sync(String token, UUID connection, String mode) {
        Reply trigger = call("POST", "/api/sync/trigger", token, Map.of("connectionId", connection, "mode", mode));
        assertThat(trigger.status()).as(trigger.body()).isEqualTo(202);
        return awaitJob(token, UUID.fromString(trigger.json().path("id").asString()));
    }

    protected JsonNode awaitJob(String token, UUID job) {
        return Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(
                () -> call("GET", "/api/sync/logs/" + job, token, null).json(),
                log -> log.path("status").asString("").matches("SUCCEEDED|FAILED"));
    }
}
