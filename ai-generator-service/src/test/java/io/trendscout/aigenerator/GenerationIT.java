package io.trendscout.aigenerator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.trendscout.aigenerator.generation.llm.LlmWarmUp;
import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service with the LLM enabled against a fake OpenAI-compatible server, and fakes of
 * product-service and trend-service on the same WireMock: providers and fallbacks, quotas, cache,
 * history, bad input, unknown and unreachable subjects, and erasure on UserErased.
 */
@PlatformIntegrationTest
class GenerationIT {

    static final WireMockServer fake = new WireMockServer(options().dynamicPort());
    static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID TREND = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final UUID BROKEN = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID OWN_PRIVATE = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    static final UUID MERCHANT = UUID.randomUUID();
    static final String MERCHANT_TOKEN = TestInfrastructure.get().tokens().issue(MERCHANT, "MERCHANT");

    static {
        fake.start();
        FakeOpenAi.stub(fake);
        fake.stubFor(get(urlPathMatching("/api/products/.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        fake.stubFor(get(urlPathEqualTo("/api/products/" + PRODUCT)).willReturn(json("""
                {"id": "%s", "name": "Portable Neck Fan with 3 Speeds", "description": "A bladeless neck fan for hot days.",
                 "categories": ["Electronics"], "primaryNiche": "Gadgets", "tags": ["summerhacks", "gadgets"],
                 "trendData": {"trendScore": 77, "trendLevel": "high", "trendDirection": "rising", "relatedHashtags": ["neckfan"]}}
                """.formatted(PRODUCT))));
        // product-service shows a merchant's private product to its owner only, and counts no view when asked not to.
        fake.stubFor(get(urlPathEqualTo("/api/products/" + OWN_PRIVATE)).withQueryParam("countView", equalTo("false"))
                .withHeader("Authorization", equalTo("Bearer " + MERCHANT_TOKEN)).willReturn(json("""
                {"id": "%s", "name": "Hand Poured Soy Candle", "description": "A merchant's own, unpublished product.",
                 "categories": ["Home"], "tags": ["candles"], "trendData": {"trendScore": 0}}
                """.formatted(OWN_PRIVATE))));
        fake.stubFor(get(urlPathEqualTo("/api/products/" + BROKEN)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        fake.stubFor(get(urlPathMatching("/api/trends/.*")).willReturn(aResponse().withStatus(401)));
        fake.stubFor(get(urlEqualTo("/api/trends/" + TREND)).withHeader("Authorization", matching("Bearer .+"))
                .willReturn(json("""
                        {"id": "%s", "name": "#homeworkout", "type": "HASHTAG", "category": "fitness", "score": 82,
                         "direction": "rising", "relatedHashtags": ["gymtok", "fitnesschallenge"]}
                        """.formatted(TREND))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trendscout.ai.llm.enabled", () -> "true");
        registry.add("trendscout.ai.llm.api-key", () -> "test-key");
        registry.add("trendscout.ai.llm.base-url", () -> fake.baseUrl() + "/v1");
        registry.add("trendscout.ai.llm.model", () -> "gpt-test");
        registry.add("trendscout.ai.llm.timeout", () -> "3s");
        registry.add("trendscout.ai.llm.breaker.minimum-number-of-calls", () -> "1000");
        registry.add("trendscout.ai.sources.product-url", fake::baseUrl);
        registry.add("trendscout.ai.sources.trend-url", fake::baseUrl);
        registry.add("trendscout.ai.quota.tiers.basic.generations-per-day", () -> "12");
        registry.add("trendscout.ai.quota.tiers.basic.llm-calls-per-day", () -> "3");
    }

    @BeforeAll
    static void warmUp() {
        LlmWarmUp.against(fake.baseUrl() + "/v1");
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper mapper = JsonMapper.builder().build();

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
    }

    Answer call(String method, String path, UUID user, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", "Bearer " + TestInfrastructure.get().tokens().issue(user));
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : mapper.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? null : mapper.readTree(response.body()), response);
    }

    static Map<String, Object> input(String name, String language) {
        return Map.of("input", Map.of("name", name, "category", "Home Office", "keywords", java.util.List.of("desk lamp")),
                "language", language);
    }

    @Test
    void aGoodLlmAnswerIsReturnedWithItsProviderThenServedFromTheCache() throws Exception {
        UUID user = UUID.randomUUID();
        Answer first = call("POST", "/api/generate/meta-tags", user, input("Aurora Desk Lamp", "en"));
        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        assertThat(first.body().path("provider").asString()).isEqualTo("llm:gpt-test");
        assertThat(first.body().path("promptVersion").asString()).isEqualTo("meta-tags.v1");
        assertThat(first.body().path("result").path("title").asString()).isEqualTo("Aurora Desk Lamp – Warm Light for Focus");
        assertThat(first.body().path("cached").asBoolean()).isFalse();

        Answer again = call("POST", "/api/generate/meta-tags", user, input("  aurora   desk lamp ", "en"));
        assertThat(again.body().path("provider").asString()).isEqualTo("llm:gpt-test");
        assertThat(again.body().path("cached").asBoolean()).isTrue();

        JsonNode history = call("GET", "/api/generate/history?size=1", user, null).body();
        assertThat(history.path("total").asInt()).isEqualTo(2);
        assertThat(history.path("items")).hasSize(1);
        assertThat(history.path("items").path(0).path("result").path("title").asString()).contains("Aurora Desk Lamp");
        assertThat(call("GET", "/api/generate/history", UUID.randomUUID(), null).body().path("total").asInt()).isZero();
    }

    @Test
    void malformedSlowAndRateLimitedAnswersFallBackToTheBuiltInGenerator() throws Exception {
        UUID user = UUID.randomUUID();
        Map<String, String> reasons = Map.of("MALFORMED Lamp", "malformed-output", "SLOWPOKE Lamp", "timeout",
                "RATELIMITED Lamp", "rate-limited");
        for (var expected : reasons.entrySet()) {
            Answer answer = call("POST", "/api/generate/meta-tags", user, input(expected.getKey(), "de"));
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
            assertThat(answer.body().path("provider").asString()).isEqualTo("builtin");
            assertThat(answer.body().path("fallbackReason").asString()).isEqualTo(expected.getValue());
            assertThat(answer.body().path("result").path("title").asString()).startsWith(expected.getKey())
                    .hasSizeLessThanOrEqualTo(60);
            assertThat(answer.body().path("result").path("description").asString()).hasSizeLessThanOrEqualTo(155);
        }
        // the basic plan's 3 LLM calls are spent: the built-in generator answers without asking the LLM
        int before = fake.getAllServeEvents().size();
        Answer overQuota = call("POST", "/api/generate/meta-tags", user, input("Aurora Desk Lamp Deluxe", "en"));
        assertThat(overQuota.body().path("provider").asString()).isEqualTo("builtin");
        assertThat(overQuota.body().path("fallbackReason").asString()).isEqualTo("quota");
        assertThat(fake.getAllServeEvents().size()).isEqualTo(before);
    }

    @Test
    void productsAndTrendsAreReadOverRestWithTheCallersToken() throws Exception {
        UUID user = UUID.randomUUID();
        Answer seo = call("POST", "/api/generate/text", user, Map.of("productId", PRODUCT, "language", "fr"));
        assertThat(seo.status()).as(seo.raw().body()).isEqualTo(200);
        assertThat(seo.body().path("subject").path("mainKeyword").asString()).isEqualTo("Portable Neck Fan with 3 Speeds");
        assertThat(seo.body().path("result").path("text").asString()).contains("Portable Neck Fan with 3 Speeds", " le ");

        Answer description = call("POST", "/api/generate/description", user, Map.of("productId", PRODUCT, "language", "de"));
        assertThat(description.body().path("result").path("bullets").size()).isBetween(3, 6);

        Answer ideas = call("GET", "/api/content-ideas/trends/" + TREND + "?language=en&postingHours=21", user, null);
        assertThat(ideas.status()).as(ideas.raw().body()).isEqualTo(200);
        assertThat(ideas.body().path("provider").asString()).isEqualTo("builtin");
        assertThat(ideas.body().path("result").path("hashtags").toString()).contains("#homeworkout", "#gymtok");
        assertThat(ideas.body().path("result").path("postingTimes").path(0).path("hour").asInt()).isEqualTo(21);
        assertThat(ideas.body().path("result").path("ideas").size()).isEqualTo(3);

        Answer forProduct = call("GET", "/api/content-ideas/products/" + PRODUCT + "?language=de", user, null);
        assertThat(forProduct.body().path("result").path("hashtags").toString()).contains("#neckfan", "#fürdich");
    }

    /**
     * #18 finding 13: the product lookup is no view of the user (countView=false) and carries the user's own token, so
     * a merchant gets copy for their own private product and nobody reads another merchant's (product-service: 404).
     */
    @Test
    void productLookupsAreNoViewsAndSeeWhatTheCallerMaySee() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/generate/meta-tags"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + MERCHANT_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(
                        Map.of("productId", OWN_PRIVATE, "language", "en"))))
                .build();
        HttpResponse<String> own = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(mapper.readTree(own.body()).path("subject").path("mainKeyword").asString())
                .isEqualTo("Hand Poured Soy Candle");

        Answer foreign = call("POST", "/api/generate/meta-tags", UUID.randomUUID(),
                Map.of("productId", OWN_PRIVATE, "language", "en"));
        assertThat(foreign.status()).as(foreign.raw().body()).isEqualTo(404);

        call("POST", "/api/generate/description", UUID.randomUUID(), Map.of("productId", PRODUCT, "language", "en"));
        call("GET", "/api/content-ideas/products/" + PRODUCT + "?language=en", UUID.randomUUID(), null);
        fake.verify(0, getRequestedFor(urlPathMatching("/api/products/.*")).withQueryParam("countView", absent()));
        fake.verify(getRequestedFor(urlPathEqualTo("/api/products/" + PRODUCT)).withQueryParam("countView", equalTo("false")));
    }

    /** #18 finding 7: markup where plain text is expected is refused, naming the field. */
    @Test
    void markupInFreeInputIsA400ProblemNamingTheField() throws Exception {
        UUID user = UUID.randomUUID();
        assertField(call("POST", "/api/generate/text", user, Map.of("input", Map.of("name", "<script>alert(1)</script>"),
                "language", "en")), "input.name");
        assertField(call("POST", "/api/generate/text", user, Map.of("input", Map.of("name", "Lamp",
                "description", "<img src=x onerror=alert(1)>"), "language", "en")), "input.description");
        assertField(call("POST", "/api/generate/meta-tags", user, Map.of("input", Map.of("name", "Lamp",
                "category", "a<b"), "language", "en")), "input.category");
        assertField(call("POST", "/api/content-ideas", user, Map.of("input", Map.of("name", "Lamp",
                "keywords", java.util.List.of("<b>lamp</b>")), "language", "en")), "input.keywords[0]");
        assertField(call("POST", "/api/generate/description", user, Map.of("input", Map.of("name", "Lamp",
                "features", java.util.List.of("bright\u0000")), "language", "en")), "input.features[0]");
    }

    @Test
    void unknownSubjectsAre404AndAnUnreachableServiceIs503() throws Exception {
        UUID user = UUID.randomUUID();
        Answer unknown = call("POST", "/api/generate/text", user, Map.of("productId", UUID.randomUUID(), "language", "en"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.raw().headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(call("GET", "/api/content-ideas/trends/" + UUID.randomUUID() + "?language=en", user, null).status())
                .isEqualTo(503);
        Answer down = call("POST", "/api/generate/meta-tags", user, Map.of("productId", BROKEN, "language", "en"));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.body().path("type").asString()).endsWith("/dependency-unavailable");
        assertThat(down.raw().body()).doesNotContain("Exception");
    }

    @Test
    void badInputIsA400ProblemNamingTheField() throws Exception {
        UUID user = UUID.randomUUID();
        assertField(call("POST", "/api/generate/text", user, input("Aurora Desk Lamp", "es")), "language");
        assertField(call("POST", "/api/generate/text", user, Map.of("input", Map.of("name", "Lamp"))), "language");
        assertField(call("POST", "/api/generate/text", user, Map.of("language", "en")), "input");
        assertField(call("POST", "/api/generate/text", user, Map.of("productId", PRODUCT, "input", Map.of("name", "Lamp"),
                "language", "en")), "productId");
        assertField(call("POST", "/api/generate/meta-tags", user, Map.of("input", Map.of("name", " "), "language", "en")),
                "input.name");
        assertField(call("POST", "/api/generate/description", user, Map.of("input", Map.of("name", "x".repeat(121)),
                "language", "en")), "input.name");
        assertField(call("POST", "/api/generate/description", user, Map.of("input", Map.of("name", "Lamp",
                "description", "y".repeat(2001)), "language", "en")), "input.description");
        assertField(call("POST", "/api/content-ideas", user, Map.of("input", Map.of("name", "Lamp",
                "hashtags", java.util.List.of("#no spaces")), "language", "en")), "input.hashtags[0]");
        assertField(call("POST", "/api/content-ideas", user, Map.of("input", Map.of("name", "Lamp"), "language", "en",
                "postingHours", java.util.List.of(24))), "postingHours[0]");
        assertField(call("GET", "/api/content-ideas/products/" + PRODUCT + "?language=en&postingHours=noon", user, null),
                "postingHours");
        assertField(call("GET", "/api/content-ideas/products/not-a-uuid?language=en", user, null), "id");
        assertField(call("GET", "/api/generate/history?size=1000", user, null), "size");
        Answer malformed = call("POST", "/api/generate/text", user, "{\"input\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(call("POST", "/api/generate/text", null, input("Aurora Desk Lamp", "en")).status()).isEqualTo(401);
    }

    private static void assertField(Answer answer, String field) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(answer.body().path("errors").toString()).as(answer.raw().body()).contains("\"" + field + "\"");
    }

    @Test
    void theDailyGenerationQuotaAnswers429WithRetryAfter() throws Exception {
        UUID user = UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            Answer answer = call("POST", "/api/content-ideas", user, Map.of("input", Map.of("name", "Quota Lamp " + i),
                    "language", "en"));
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        }
        Answer over = call("POST", "/api/content-ideas", user, Map.of("input", Map.of("name", "Quota Lamp"), "language", "en"));
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.body().path("type").asString()).endsWith("/quota-exceeded");
        assertThat(Long.parseLong(over.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 86_400L);
    }

    @Test
    void userErasedDeletesHistoryAndQuotaCounters() throws Exception {
        UUID user = UUID.randomUUID();
        assertThat(call("POST", "/api/generate/text", user, input("Erasable Lamp", "en")).status()).isEqualTo(200);
        assertThat(count("generation", user)).isEqualTo(1);
        assertThat(count("usage_counter", user)).isEqualTo(1);
        transactions.executeWithoutResult(s -> events.publish(new UserErased(user, Instant.now())));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> count("generation", user) == 0 && count("usage_counter", user) == 0);
    }

    private int count(String table, UUID user) {
        return jdbc.queryForObject("select count(*) from " + table + " where user_id = ?", Integer.class, user);
    }
}
