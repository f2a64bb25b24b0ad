package io.trendscout.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/** What every service must do once booted: its own Flyway history in its own schema, probes and metrics. */
public final class ServiceBootChecks {

    private ServiceBootChecks() {
    }

    public static void assertBootedWithOwnSchemaAndProbes(int port, String schema, JdbcTemplate jdbc) {
        Integer applied = jdbc.queryForObject(
                "select count(*) from " + schema + ".flyway_schema_history where success", Integer.class);
        assertThat(applied).as("Flyway migrations applied in schema " + schema).isPositive();
        RestClient http = RestClient.create("http://localhost:" + port);
        assertThat(http.get().uri("/actuator/health/readiness").retrieve().body(String.class)).contains("UP");
        assertThat(http.get().uri("/actuator/health/liveness").retrieve().body(String.class)).contains("UP");
        assertThat(http.get().uri("/actuator/prometheus").retrieve().body(String.class)).contains("jvm_memory_used_bytes");
    }
}
