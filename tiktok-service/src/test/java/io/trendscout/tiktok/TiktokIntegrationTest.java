package io.trendscout.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.sandbox.tiktok.TiktokFake;
import io.trendscout.tiktok.api.ResilientCalls;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared set-up of the service's integration tests: one context, one TikTok fake for the JVM. */
@PlatformIntegrationTest
public abstract class TiktokIntegrationTest {

    protected static final TiktokFake FAKE = startFake();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    ResilientCalls calls;

    private static TiktokFake startFake() {
        TiktokFake fake = new TiktokFake(0);
        fake.start();
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        return fake;
    }

    @DynamicPropertySource
    static void fake(DynamicPropertyRegistry registry) {
        registry.add("trendscout.tiktok.api.base-url", FAKE::baseUrl);
        registry.add("trendscout.tiktok.oauth.authorize-url", () -> FAKE.baseUrl() + "/v2/auth/authorize/");
        registry.add("trendscout.tiktok.shop.auth-url", FAKE::baseUrl);
        registry.add("trendscout.tiktok.shop.api-url", FAKE::baseUrl);
    }

    @BeforeEach
    void resetFakeAndBreakers() {
        FAKE.reset();
        calls.breakers().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    protected record Reply(int status, JsonNode json, String body, HttpResponse<String> raw) {
    }

    protected static String token(UUID user) {
        return TestInfrastructure.get().tokens().issue(user, "USER");
    }

    protected Reply call(String method, String path, UUID user, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request.build());
    }

    protected Reply get(String path, UUID user) {
        return call("GET", path, user, null);
    }

    /** The browser's part of the OAuth dance: auth URL, the fake's redirect, back to the callback. */
    protected String authorizeAtFake(UUID user, String account) {
        Reply url = get("/api/tiktok/auth/url", user);
        assertThat(url.status()).as(url.body()).isEqualTo(200);
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(
                URI.create(url.json().get("url").asString() + "&sandbox_account=" + account)).build()).raw();
        assertThat(redirect.statusCode()).isEqualTo(302);
        return URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery();
    }

    protected Reply callback(String query) {
        return get("/api/tiktok/auth/callback?" + query, null);
    }

    protected Reply connect(UUID user, String account) {
        Reply reply = callback(authorizeAtFake(user, account));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() || !body.trim().startsWith("{") ? JSON.missingNode() : JSON.readTree(body);
            return new Reply(response.statusCode(), json, body, response);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
