package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 7 through the gateway with the built-in generator (the platform runs without an LLM
 * key): SEO text, meta tags and content ideas for a catalog product, and content ideas for a
 * trend (a listed trend when trend-service has one, otherwise the trend given as free input),
 * then the generations in the user's history.
 */
class Journey7GeneratorIT {

    @Test
    void seoTextMetaTagsAndContentIdeasForAProductAndATrend() {
        Gateway user = Accounts.signUp().gateway();
        JsonNode product = Gateway.anonymous().get("/api/products?limit=1").json().path("items").path(0);
        String productId = product.path("id").asString();
        assertThat(productId).as("a catalog product").isNotBlank();

        Gateway.Response seo = user.post("/api/generate/text", Map.of("productId", productId, "language", "de"));
        assertThat(seo.status()).as(seo.toString()).isEqualTo(200);
        JsonNode seoBody = seo.json();
        String keyword = seoBody.path("subject").path("mainKeyword").asString();
        assertThat(seoBody.path("provider").asString()).isEqualTo("builtin");
        assertThat(seoBody.path("result").path("title").asString()).hasSizeLessThanOrEqualTo(60).containsIgnoringCase(keyword);
        assertThat(seoBody.path("result").path("text").asString()).containsIgnoringCase(keyword);

        Gateway.Response meta = user.post("/api/generate/meta-tags", Map.of("productId", productId, "language", "en"));
        assertThat(meta.status()).as(meta.toString()).isEqualTo(200);
        assertThat(meta.json().path("result").path("title").asString()).hasSizeLessThanOrEqualTo(60);
        assertThat(meta.json().path("result").path("description").asString()).hasSizeLessThanOrEqualTo(155)
                .containsIgnoringCase(keyword);

        Gateway.Response ideas = user.get("/api/content-ideas/products/" + productId + "?language=fr");
        assertThat(ideas.status()).as(ideas.toString()).isEqualTo(200);
        assertThat(ideas.json().path("result").path("ideas").size()).isGreaterThanOrEqualTo(2);
        assertThat(ideas.json().path("result").path("hashtags")).allSatisfy(tag ->
                assertThat(tag.asString()).matches("#[\\p{L}\\p{N}_]+"));
        assertThat(ideas.json().path("result").path("postingTimes").size()).isPositive();

        String trendId = user.get("/api/trends?size=1").json().path("items").path(0).path("id").asString("");
        Gateway.Response trendIdeas = trendId.isBlank()
                ? user.post("/api/content-ideas", Map.of("input", Map.of("name", "homeworkout", "hashtags",
                        List.of("homeworkout", "gymtok")), "language", "en"))
                : user.get("/api/content-ideas/trends/" + trendId + "?language=en");
        assertThat(trendIdeas.status()).as(trendIdeas.toString()).isEqualTo(200);
        assertThat(trendIdeas.json().path("subject").path("type").asString()).isIn("trend", "input");
        assertThat(trendIdeas.json().path("result").path("hashtags").size()).isGreaterThanOrEqualTo(3);

        Gateway.Response badLanguage = user.post("/api/generate/text", Map.of("productId", productId, "language", "es"));
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.contentType()).startsWith("application/problem+json");

        JsonNode history = user.get("/api/generate/history").json();
        assertThat(history.path("total").asInt()).isEqualTo(4);
        assertThat(Gateway.anonymous().post("/api/generate/text", Map.of("productId", productId, "language", "en"))
                .status()).isEqualTo(401);
    }
}
