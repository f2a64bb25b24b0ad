package io.trendscout.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * What every service must do once booted: its own Flyway history in its own schema, open probes,
 * and metrics only for the scraper's credential.
 */
public final class ServiceBootChecks {

    /** The scrape credential {@link PlatformTestInitializer} gives every service under test. */
    static final String METRICS_USER = "test-scraper";
    static final String METRICS_PASSWORD = "test-scrape-password";

    private ServiceBootChecks() {
    }

    public static void assertBootedWithOwnSchemaAndProbes(int port, String schema, JdbcTemplate jdbc) {
        Integer applied = jdbc.queryForObject(
                "select count(*) from " + schema + ".flyway_schema_history where success", Integer.class);
        assertThat(applied).as("Flyway migrations applied in schema " + schema).isPositive();
        RestClient http = RestClient.create("http://localhost:" + port);
        assertThat(http.get().uri("/actuator/health/readiness").retrieve().body(String.class)).contains("UP");
        assertThat(http.get().uri("/actuator/health/liveness").retrieve().body(String.class)).contains("UP");
        assertThat(http.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth(METRICS_USER, METRICS_PASSWORD))
                .retrieve().body(String.class)).contains("jvm_memory_used_bytes");
        assertThat(metricsStatus(http, null)).as("metrics without the scrape credential").isEqualTo(401);
        assertThat(metricsStatus(http, "Basic " + Base64.getEncoder().encodeToString(
                (METRICS_USER + ":wrong").getBytes(StandardCharsets.UTF_8))))
                .as("metrics with a wrong password").isEqualTo(401);
    }

    private static int metricsStatus(RestClient http, String authorization) {
        return http.get().uri("/actuator/prometheus").headers(h -> {
            if (authorization != null) {
                h.set(HttpHeaders.AUTHORIZATION, authorization);
            }
        }).exchange((request, response) -> response.getStatusCode()).value();
    }
}
