package io.trendscout.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How `up` sets up services locally: loopback-only services, a named local admin. */
class LocalSetupTests {

    @Test
    void servicesListenOnLoopbackOnlyTheGatewayOnEveryInterface() {
        Map<String, String> shared = Map.of("TRENDSCOUT_KAFKA", "localhost:1");
        for (ServiceSpec spec : ServiceSpec.SERVICES) {
            Map<String, String> env = process(spec, 18081, shared).processEnvironment();
            assertThat(env).as(spec.name()).containsEntry("SERVER_ADDRESS", "127.0.0.1").containsEntry("SERVER_PORT", "18081")
                    .containsEntry("TRENDSCOUT_KAFKA", "localhost:1");
        }
        assertThat(process(ServiceSpec.GATEWAY, 18080, shared).processEnvironment()).doesNotContainKey("SERVER_ADDRESS")
                .containsEntry("SERVER_PORT", "18080");
    }

    @Test
    void theLocalAdminIsAdminAtTrendscoutLocalUnlessTheUserNamedOne() {
        assertThat(LocalAdmin.emails(Map.of())).isEqualTo("admin@trendscout.local");
        assertThat(LocalAdmin.emails(Map.of("TRENDSCOUT_ADMIN_EMAILS", " "))).isEqualTo("admin@trendscout.local");
        assertThat(LocalAdmin.emails(Map.of("TRENDSCOUT_ADMIN_EMAILS", "me@example.com,ops@example.com")))
                .isEqualTo("me@example.com,ops@example.com");
    }

    @Test
    void upSaysHowToSignInAsTheAdmin() {
        List<String> lines = LocalAdmin.howToSignIn("admin@trendscout.local", "http://localhost:8080", "http://localhost:8025/mails");
        String text = String.join("\n", lines);
        assertThat(text).contains("admin@trendscout.local").contains("http://localhost:8080/api/auth/register")
                .contains("http://localhost:8025/mails").contains("/api/auth/verify-email").contains("/api/auth/verify-2fa")
                .contains("ADMIN");
    }

    private static ServiceProcess process(ServiceSpec spec, int port, Map<String, String> env) {
        return new ServiceProcess(spec, port, Path.of("x.jar"), Path.of("x.log"), env, List.of(), Duration.ofSeconds(1));
    }
}
