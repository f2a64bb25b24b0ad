package io.trendscout.aigenerator.generation.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trendscout.aigenerator.FakeOpenAi;
import io.trendscout.aigenerator.generation.Hints;
import io.trendscout.aigenerator.generation.Kind;
import io.trendscout.aigenerator.generation.Language;
import io.trendscout.aigenerator.generation.LlmProvider.LlmAttempt;
import io.trendscout.aigenerator.generation.MetaTags;
import io.trendscout.aigenerator.subjects.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The Spring AI OpenAI path against a fake OpenAI-compatible server: each failure mode becomes a reason, never an exception. */
class LlmGeneratorIT {

    static WireMockServer server = new WireMockServer(options().dynamicPort());

    LlmGenerator llm;
    CircuitBreaker breaker;

    @BeforeAll
    static void start() {
        server.start();
        FakeOpenAi.stub(server);
        LlmWarmUp.against(server.baseUrl() + "/v1");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void setUp() {
        server.resetRequests();
        LlmProperties properties = new LlmProperties(true, server.baseUrl() + "/v1", "test-key", "gpt-test",
                Duration.ofSeconds(2), 0.2, "v1", new LlmProperties.Breaker(50, 4, 3, Duration.ofMinutes(1)));
        LlmConfiguration configuration = new LlmConfiguration();
        breaker = configuration.llmCircuitBreaker(properties, new SimpleMeterRegistry());
        llm = configuration.llmGenerator(configuration.trendscoutChatModel(properties), breaker, properties,
                JsonMapper.builder().build());
    }

    private static Subject subject(String name) {
        return new Subject("input", null, name, Subject.keywordOf(name), "", "Home", List.of(), List.of(), List.of(), null,
                null);
    }

    @Test
    void aGoodAnswerIsParsedCheckedAndReturned() {
        LlmAttempt attempt = llm.attempt(Kind.META_TAGS, subject("Aurora Desk Lamp"), Language.EN, Hints.NONE);
        assertThat(attempt.failure()).isNull();
        assertThat(attempt.promptVersion()).isEqualTo("meta-tags.v1");
        assertThat(((MetaTags) attempt.result()).title()).isEqualTo("Aurora Desk Lamp – Warm Light for Focus");
        assertThat(llm.providerName()).isEqualTo("llm:gpt-test");
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).getFirst().getBodyAsString())
                .contains("Aurora Desk Lamp", "English", "\"model\":\"gpt-test\"", "json_object");
    }

    @Test
    void malformedOutputOutputBreakingTheLimitsSlownessAndRateLimitsAreFailures() {
        assertThat(failureOf(Kind.META_TAGS, "MALFORMED Lamp")).isEqualTo("malformed-output");
        assertThat(failureOf(Kind.META_TAGS, "TOOLONG Lamp")).isEqualTo("invalid-output");
        long start = System.nanoTime();
        assertThat(failureOf(Kind.META_TAGS, "SLOWPOKE Lamp")).isEqualTo("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(5000));
        assertThat(failureOf(Kind.META_TAGS, "RATELIMITED Lamp")).isEqualTo("rate-limited");
        // a good meta-tags answer where an SEO text was asked for lacks the text: invalid, not returned
        assertThat(failureOf(Kind.SEO_TEXT, "Aurora Desk Lamp")).isEqualTo("invalid-output");
    }

    @Test
    void theHttpClientsOwnTimeoutIsReportedAsATimeoutToo() {
        // The chat model's HTTP timeout and the hard timeout around it are the same setting, so either can
        // fire first; here the client's (1 s) fires well before the hard one (4 s).
        LlmConfiguration configuration = new LlmConfiguration();
        LlmProperties clientFirst = new LlmProperties(true, server.baseUrl() + "/v1", "test-key", "gpt-test",
                Duration.ofSeconds(1), 0.2, "v1", null);
        LlmGenerator generator = new LlmGenerator(configuration.trendscoutChatModel(clientFirst),
                new PromptTemplates("v1"), breaker, "gpt-test", Duration.ofSeconds(4), JsonMapper.builder().build());
        long start = System.nanoTime();
        assertThat(generator.attempt(Kind.META_TAGS, subject("SLOWPOKE Lamp"), Language.EN, Hints.NONE).failure())
                .isEqualTo("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3500));
    }

    /** One attempt with a closed breaker (the breaker itself is tested below). */
    private String failureOf(Kind kind, String name) {
        breaker.reset();
        return llm.attempt(kind, subject(name), Language.EN, Hints.NONE).failure();
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndStopsCallingTheModel() {
        for (int i = 0; i < 3; i++) {
            assertThat(llm.attempt(Kind.META_TAGS, subject("RATELIMITED Lamp"), Language.EN, Hints.NONE).failure())
                    .isEqualTo("rate-limited");
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        LlmAttempt attempt = llm.attempt(Kind.META_TAGS, subject("Aurora Desk Lamp"), Language.EN, Hints.NONE);
        assertThat(attempt.failure()).isEqualTo("circuit-open");
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))).hasSize(3);
    }
}
