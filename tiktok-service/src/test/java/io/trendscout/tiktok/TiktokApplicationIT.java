package io.trendscout.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.trendscout.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

@PlatformIntegrationTest
class TiktokApplicationIT {

    @Value("${local.server.port}")
    int port;

    @Value("${trendscout.test.schema}")
    String schema;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bootsWithItsOwnSchemaAndProbes() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from " + schema + ".flyway_schema_history where success", Integer.class);
        assertThat(applied).isPositive();
        RestClient http = RestClient.create("http://localhost:" + port);
        assertThat(http.get().uri("/actuator/health/readiness").retrieve().body(String.class)).contains("UP");
        assertThat(http.get().uri("/actuator/health/liveness").retrieve().body(String.class)).contains("UP");
        assertThat(http.get().uri("/actuator/prometheus").retrieve().body(String.class)).contains("jvm_memory_used_bytes");
    }
}
