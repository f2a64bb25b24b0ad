package io.trendscout.platform.web.logging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/** Bad input answers a 400 problem that names every bad field, and malformed JSON a 400 too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = ValidationProblemTests.App.class)
class ValidationProblemTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void invalidFieldsAreListed() {
        String[] answer = post("{\"email\":\"not-an-email\",\"name\":\"\"}");
        assertThat(answer[0]).isEqualTo("400");
        assertThat(answer[1]).startsWith("application/problem+json");
        assertThat(answer[2]).contains("validation-failed").contains("\"field\":\"email\"").contains("\"field\":\"name\"");
    }

    @Test
    void malformedJsonIsA400Problem() {
        String[] answer = post("{\"email\":");
        assertThat(answer[0]).isEqualTo("400");
        assertThat(answer[1]).startsWith("application/problem+json");
        assertThat(answer[2]).contains("malformed-body").doesNotContain("Exception");
    }

    private String[] post(String json) {
        return RestClient.create("http://localhost:" + port).post().uri("/signup").contentType(MediaType.APPLICATION_JSON)
                .body(json).exchange((request, response) -> new String[] {String.valueOf(response.getStatusCode().value()),
                        String.valueOf(response.getHeaders().getContentType()), new String(response.getBody().readAllBytes())});
    }

    record Signup(@NotBlank @Email String email, @NotBlank String name) {
    }

    @SpringBootApplication
    @RestController
    static class App {

        @PostMapping("/signup")
        String signup(@Valid @RequestBody Signup signup) {
            return "ok";
        }
    }
}
