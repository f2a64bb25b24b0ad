package io.trendscout.trend;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.ServiceBootChecks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformIntegrationTest
class TrendApplicationIT {

    @Value("${local.server.port}")
    int port;

    @Value("${trendscout.test.schema}")
    String schema;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bootsWithItsOwnSchemaAndProbes() {
        ServiceBootChecks.assertBootedWithOwnSchemaAndProbes(port, schema, jdbc);
    }
}
