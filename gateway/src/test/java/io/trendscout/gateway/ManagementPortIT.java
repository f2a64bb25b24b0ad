package io.trendscout.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** In Kubernetes the gateway serves the actuator on a port of its own: the scrape credential holds there too (finding 11). */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortIT extends GatewayTestSupport {

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheusOnTheManagementPortNeedsTheScrapeCredential() {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        HttpResponse<String> scraped = scrape("Basic " + Base64.getEncoder()
                .encodeToString("scraper:scrape-secret-for-tests".getBytes(StandardCharsets.UTF_8)));
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/health/readiness")).GET())
                .statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> scrape(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/prometheus")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }
}
