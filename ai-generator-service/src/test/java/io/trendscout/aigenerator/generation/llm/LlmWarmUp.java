package io.trendscout.aigenerator.generation.llm;

import java.time.Duration;

/**
 * Loads and initialises the OpenAI SDK (its Jackson serializers take seconds on a busy machine)
 * with one untimed call to the fake, so that the timed tests measure the fake, not class loading.
 */
public final class LlmWarmUp {

    private LlmWarmUp() {
    }

    public static void against(String baseUrl) {
        LlmProperties properties = new LlmProperties(true, baseUrl, "warm-up", "gpt-test", Duration.ofSeconds(60), 0.2,
                "v1", null);
        new LlmConfiguration().trendscoutChatModel(properties).call("Aurora Desk Lamp warm-up");
    }
}
