package io.trendscout.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.security.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Finding 1 (audit part) of #18: after erasure only id, type and time stay; records expire after the retention. */
@PlatformIntegrationTest
class AuditTrailIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditRetention retention;

    @Test
    void anErasedUsersRecordsKeepOnlyIdTypeAndTime() {
        Api api = new Api(port);
        Api.Account account = api.signUp(Api.uniqueEmail("audit"));
        assertThat(api.post("/api/auth/login", Map.of("email", account.email(), "password", "Wrong-Password-1")).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", account.refreshToken())).status()).isEqualTo(200);
        assertThat(rowsOf(account)).anyMatch(row -> row.get("client_address") != null)
                .anyMatch(row -> row.get("detail") != null);

        assertThat(api.withToken(account.accessToken()).delete("/api/users/me").status()).isEqualTo(204);

        List<Map<String, Object>> rows = rowsOf(account);
        assertThat(rows).hasSizeGreaterThan(4);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("client_address")).as(row.toString()).isNull();
            assertThat(row.get("detail")).as(row.toString()).isNull();
            assertThat(row.get("type")).isNotNull();
            assertThat(row.get("occurred_at")).isNotNull();
        });
        assertThat(rows).extracting(row -> row.get("type")).contains("REGISTERED", "LOGIN_FAILED", "ACCOUNT_DELETED");
    }

    @Test
    void recordsOlderThanTheRetentionArePurged() {
        jdbc.update("insert into security_event (type, user_id, client_address, detail, occurred_at) values "
                + "('LOGIN_FAILED', null, '10.1.2.3', 'old', now() - interval '91 days'), "
                + "('LOGIN_FAILED', null, '10.1.2.4', 'recent', now() - interval '89 days')");

        assertThat(retention.purge()).isPositive();

        assertThat(jdbc.queryForList("select detail from security_event where detail in ('old', 'recent')", String.class))
                .containsExactly("recent");
        assertThat(jdbc.queryForObject("select count(*) from security_event where occurred_at < now() - interval '90 days'",
                Integer.class)).isZero();
    }

    private List<Map<String, Object>> rowsOf(Api.Account account) {
        return jdbc.queryForList("select type, client_address, detail, occurred_at from security_event where user_id = ?",
                account.id());
    }
}
