package io.trendscout.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway wired to the PostgreSQL rate-limit store answers 429 from the shared buckets. */
class SharedRateLimitIT extends GatewayTestSupport {

    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @DynamicPropertySource
    static void sharedStore(DynamicPropertyRegistry registry) {
        registry.add("trendscout.gateway.rate-limit.store", () -> "postgres");
        registry.add("trendscout.gateway.rate-limit.postgres.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("trendscout.gateway.rate-limit.postgres.username", () -> "postgres");
        registry.add("trendscout.gateway.rate-limit.postgres.password", () -> "postgres");
    }

    @Test
    void theBasicPlanIsLimitedFromTheSharedBuckets() throws SQLException {
        BACKEND.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        String user = UUID.randomUUID().toString();
        String basic = TOKENS.issue(user, "basic", "USER");
        for (int i = 0; i < 3; i++) {
            assertThat(fetch("/api/trends", basic).statusCode()).isEqualTo(200);
        }
        var limited = fetch("/api/trends", basic);
        problem(limited, 429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();

        try (Connection connection = POSTGRES.getPostgresDatabase().getConnection();
                ResultSet row = connection.createStatement().executeQuery(
                        "select tokens, allowed from gateway_rate_limit where bucket_key like '%" + user + "%'")) {
            assertThat(row.next()).as("the caller's bucket lives in PostgreSQL").isTrue();
            assertThat(row.getBoolean("allowed")).isFalse();
            assertThat(row.getDouble("tokens")).isLessThan(1.0);
        }
    }
}
