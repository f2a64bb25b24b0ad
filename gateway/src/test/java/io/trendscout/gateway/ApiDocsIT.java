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
        assertThat(urls.valueStream().map(u -> u.get("name").asString()).toList()).containsExactlyInAnyOrder(
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
}
