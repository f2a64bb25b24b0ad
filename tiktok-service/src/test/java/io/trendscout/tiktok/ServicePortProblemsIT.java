package io.trendscout.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Findings 17 and 10 of #18 on a real service port (platform-web): the gateway's body limit holds
 * when the service is called directly, and errors Tomcat answers itself are problem documents.
 */
class ServicePortProblemsIT extends TiktokIntegrationTest {

    @Test
    void aBodyOverTheLimitIsA413ProblemAndReachesNothing() {
        UUID user = UUID.randomUUID();
        int shopCalls = FAKE.calls("/api/v2/token/get");
        String huge = "{\"authCode\":\"" + "a".repeat(1_200_000) + "\"}";
        Reply reply = call("POST", "/api/tiktok/shop/connect", user, huge);
        assertThat(reply.status()).as(reply.body()).isEqualTo(413);
        assertThat(reply.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/payload-too-large");
        assertThat(reply.json().get("maxBytes").asLong()).isEqualTo(1024 * 1024);
        assertThat(FAKE.calls("/api/v2/token/get")).isEqualTo(shopCalls);
    }

    @Test
    void anEncodedSlashIsABadRequestProblemNotTomcatsHtmlPage() {
        Reply reply = get("/api/tiktok/shop/products/a%2Fb", UUID.randomUUID());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/bad-request");
        assertThat(reply.body()).doesNotContainIgnoringCase("<html");
    }
}
