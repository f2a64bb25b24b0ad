package io.trendscout.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;

/** Finding 11: without a configured scrape credential nobody may scrape; the probes stay open. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = MethodSecurityProblemsTests.App.class,
        properties = "management.endpoints.web.exposure.include=health,prometheus")
class MetricsScrapeUnsetTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void prometheusIsRefusedWhenNoScrapeCredentialIsConfigured() {
        RestClient http = RestClient.create("http://localhost:" + port);
        int prometheus = http.get().uri("/actuator/prometheus").exchange((request, response) -> response.getStatusCode().value());
        int admin = http.get().uri("/actuator/prometheus").header("Authorization", "Bearer admin")
                .exchange((request, response) -> response.getStatusCode().value());
        int health = http.get().uri("/actuator/health").exchange((request, response) -> response.getStatusCode().value());
        assertThat(prometheus).isEqualTo(401);
        assertThat(admin).as("no user token is a scrape credential").isEqualTo(401);
        assertThat(health).isEqualTo(200);
    }
}
