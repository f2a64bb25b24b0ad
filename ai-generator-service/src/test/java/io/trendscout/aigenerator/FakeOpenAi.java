package io.trendscout.aigenerator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake OpenAI-compatible server ({@code POST /v1/chat/completions}) on WireMock. What it answers
 * depends on a marker in the prompt: MALFORMED (not JSON), TOOLONG (JSON breaking the limits),
 * SLOWPOKE (a good answer after 8 s), RATELIMITED (429), otherwise a good meta-tags answer for
 * "Aurora Desk Lamp".
 */
public final class FakeOpenAi {

    public static final String GOOD_META = """
            {"title": "Aurora Desk Lamp – Warm Light for Focus",
             "description": "The Aurora Desk Lamp gives you dimmable warm light for focused work at home. Order it now with fast shipping.",
             "keywords": ["aurora desk lamp", "desk lamp", "dimmable lamp"]}""";

    private FakeOpenAi() {
    }

    public static void stub(WireMockServer server) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(5)
                .willReturn(ok(GOOD_META)));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1).withRequestBody(containing("MALFORMED"))
                .willReturn(ok("Sure! Here are your meta tags: title = lamp")));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1).withRequestBody(containing("TOOLONG"))
                .willReturn(ok("{\"title\": \"TOOLONG " + "x".repeat(80) + "\", \"description\": \"TOOLONG\", \"keywords\": []}")));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1).withRequestBody(containing("SLOWPOKE"))
                .willReturn(ok(GOOD_META).withFixedDelay(8000)));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1).withRequestBody(containing("RATELIMITED"))
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("Retry-After", "20")
                        .withBody("{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String content) {
        String body = "{\"id\": \"chatcmpl-fake\", \"object\": \"chat.completion\", \"created\": 1767225600, \"model\": \"gpt-test\","
                + " \"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": "
                + JsonMapper.shared().writeValueAsString(content) + ", \"refusal\": null}, \"logprobs\": null, \"finish_reason\": \"stop\"}],"
                + " \"usage\": {\"prompt_tokens\": 120, \"completion_tokens\": 60, \"total_tokens\": 180}}";
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
