package io.trendscout.aigenerator.generation.llm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OpenAI-compatible chat endpoint (OpenAI, Azure OpenAI, Ollama, vLLM): used only when
 * {@code enabled} is true and an API key is set. {@code baseUrl} includes the API version path
 * (e.g. {@code https://api.openai.com/v1}, {@code http://localhost:11434/v1}).
 */
@ConfigurationProperties("trendscout.ai.llm")
record LlmProperties(boolean enabled, String baseUrl, String apiKey, String model, Duration timeout, Double temperature,
        String promptVersion, Breaker breaker) {

    /** Resilience4j circuit breaker on the LLM calls. */
    record Breaker(float failureRateThreshold, int slidingWindowSize, int minimumNumberOfCalls, Duration waitInOpenState) {

        Breaker {
            failureRateThreshold = failureRateThreshold <= 0 ? 50 : failureRateThreshold;
            slidingWindowSize = slidingWindowSize <= 0 ? 20 : slidingWindowSize;
            minimumNumberOfCalls = minimumNumberOfCalls <= 0 ? 5 : minimumNumberOfCalls;
            waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(30) : waitInOpenState;
        }
    }

    LlmProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.openai.com/v1" : baseUrl;
        model = model == null || model.isBlank() ? "gpt-4o-mini" : model;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        temperature = temperature == null ? 0.4 : temperature;
        promptVersion = promptVersion == null || promptVersion.isBlank() ? "v1" : promptVersion;
        breaker = breaker == null ? new Breaker(0, 0, 0, null) : breaker;
    }

    @Override
    public String toString() {
        return "LlmProperties[enabled=" + enabled + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey=***]";
    }
}
