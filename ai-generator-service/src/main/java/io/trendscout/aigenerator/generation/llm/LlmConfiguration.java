package io.trendscout.aigenerator.generation.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds Spring AI's OpenAI chat model from {@code trendscout.ai.llm.*} (Spring AI's own OpenAI
 * auto-configuration is switched off with {@code spring.ai.model.chat=none}, so the service starts
 * without any key). No SDK retries: a failure falls back to the built-in generator at once.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LlmEnabled.class)
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

    @Bean
    OpenAiChatModel trendscoutChatModel(LlmProperties properties) {
        OpenAiChatOptions options = OpenAiChatOptions.builder()
                .baseUrl(properties.baseUrl())
                .apiKey(properties.apiKey())
                .model(properties.model())
                .timeout(properties.timeout())
                .maxRetries(0)
                .temperature(properties.temperature())
                .responseFormat(OpenAiChatModel.ResponseFormat.builder()
                        .type(OpenAiChatModel.ResponseFormat.Type.JSON_OBJECT).build())
                .build();
        return OpenAiChatModel.builder().options(options).build();
    }

    @Bean
    CircuitBreaker llmCircuitBreaker(LlmProperties properties, MeterRegistry meters) {
        LlmProperties.Breaker b = properties.breaker();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(b.failureRateThreshold())
                .slidingWindowSize(b.slidingWindowSize())
                .minimumNumberOfCalls(b.minimumNumberOfCalls())
                .waitDurationInOpenState(b.waitInOpenState())
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry.circuitBreaker("llm");
    }

    @Bean
    LlmGenerator llmGenerator(OpenAiChatModel chatModel, CircuitBreaker llmCircuitBreaker, LlmProperties properties,
            JsonMapper json) {
        return new LlmGenerator(chatModel, new PromptTemplates(properties.promptVersion()), llmCircuitBreaker,
                properties.model(), properties.timeout(), json);
    }
}
