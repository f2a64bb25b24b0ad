package io.trendscout.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The Swagger UI at the gateway lists every service, each service's document proxied through its own route. */
class ApiDocsIT extends GatewayTestSupport {

    @Test
    void swaggerUiListsEveryServiceDocument() {
        HttpResponse<String> config = fetch("/v3/api-docs/swagger-config", null);
        assertThat(config.statusCode()).as(config.body()).isEqualTo(200);
        JsonNode urls = JSON.readTree(config.body()).get("urls");
        assertThat(urls.valueStream().map(u -> u.get("name").asString()).toList()).containsExactlyInAnyOrder("all",
                "security", "product", "trend", "recommendation", "tiktok", "analytics", "shop-sync", "ai-generator");
        HttpResponse<String> ui = fetch("/swagger-ui.html", null);
        assertThat(ui.statusCode()).isBetween(200, 399);
        HttpResponse<String> index = fetch("/swagger-ui/index.html", null);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
    }

    @Test
    void serviceDocumentsAreProxiedWithoutToken() {
        BACKEND.stubFor(get(urlEqualTo("/v3/api-docs")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"openapi\":\"3.1.0\",\"paths\":{\"/api/products\":{}}}")));
        HttpResponse<String> docs = fetch("/v3/api-docs/product", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/products");
    }

    @Test
    void oneMergedDocumentCoversEveryAnsweringService() {
        BACKEND.stubFor(get(urlEqualTo("/v3/api-docs")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("""
                        {"openapi":"3.1.0","paths":{"/api/products":{"get":{"responses":{"200":{"content":{"application/json":
                        {"schema":{"$ref":"#/components/schemas/Page"}}}}}}}},
                        "components":{"schemas":{"Page":{"type":"object"}}}}""")));
        HttpResponse<String> response = fetch("/v3/api-docs/all", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode doc = JSON.readTree(response.body());
        assertThat(doc.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(doc.get("paths").has("/api/products")).isTrue();
        assertThat(doc.get("components").get("schemas").has("Page")).isTrue();
        assertThat(doc.get("components").get("securitySchemes").has("bearer")).isTrue();
        assertThat(doc.get("x-unavailable-services").toString()).contains("analytics");
        assertThat(doc.get("tags").toString()).contains("product").contains("security");
    }
}
