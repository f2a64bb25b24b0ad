package io.trendscout.platform.web.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * The platform defaults every service imports: JSON (ECS) log lines that carry the W3C trace id of
 * the request, and problem details for failures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = StructuredLoggingTests.App.class)
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTests {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Value("${local.server.port}")
    int port;

    @Test
    void aRequestLogsJsonWithItsTraceId(CapturedOutput output) {
        String body = RestClient.create("http://localhost:" + port).get().uri("/hello")
                .header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
                .retrieve().body(String.class);
        assertThat(body).isEqualTo("hi");
        String line = output.getOut().lines().filter(l -> l.contains("handling hello")).findFirst().orElseThrow();
        assertThat(line).startsWith("{").contains("\"level\":\"INFO\"").contains(TRACE);
    }

    @Test
    void anUnexpectedFailureIsAProblemWithoutInternals() {
        var response = RestClient.create("http://localhost:" + port).get().uri("/boom")
                .exchange((request, result) -> new Object[] {result.getStatusCode().value(),
                        result.getHeaders().getContentType(), new String(result.getBody().readAllBytes())});
        assertThat(response[0]).isEqualTo(500);
        assertThat(String.valueOf(response[1])).startsWith("application/problem+json");
        assertThat((String) response[2]).contains("internal-error").doesNotContain("IllegalStateException")
                .doesNotContain("secret detail");
    }

    @SpringBootApplication
    @RestController
    static class App {

        private static final Logger log = LoggerFactory.getLogger(App.class);

        @GetMapping("/hello")
        String hello() {
            log.info("handling hello");
            return "hi";
        }

        @GetMapping("/boom")
        ProblemDetail boom() {
            throw new IllegalStateException("secret detail");
        }
    }
}
