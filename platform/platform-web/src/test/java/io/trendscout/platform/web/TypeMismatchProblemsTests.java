package io.trendscout.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/** Finding 10 of #18: values that do not convert are named with what they must be in words, never a Java type. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = TypeMismatchProblemsTests.App.class,
        properties = "spring.jackson.deserialization.fail-on-unknown-properties=true")
class TypeMismatchProblemsTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void aRequestParameterThatIsNoWholeNumber() {
        String[] answer = get("/items?limit=ten");
        assertBadRequest(answer, "invalid-parameter");
        assertThat(answer[2]).contains("\"field\":\"limit\"").contains("must be a whole number");
    }

    @Test
    void aPathVariableThatIsNoUuid() {
        String[] answer = get("/items/not-a-uuid");
        assertBadRequest(answer, "invalid-parameter");
        assertThat(answer[2]).contains("\"field\":\"id\"").contains("must be a UUID");
    }

    @Test
    void aBoundQueryRecordWithABadNumber() {
        String[] answer = get("/prices?min=cheap&max=10");
        assertBadRequest(answer, "validation-failed");
        assertThat(answer[2]).contains("\"field\":\"min\"").contains("must be a number");
    }

    @Test
    void aBodyFieldOfTheWrongType() {
        String[] answer = post("{\"name\":\"mug\",\"price\":\"cheap\",\"stock\":1}");
        assertBadRequest(answer, "malformed-body");
        assertThat(answer[2]).contains("\"field\":\"price\"").contains("must be a number");
    }

    @Test
    void aNestedBodyFieldOfTheWrongType() {
        String[] answer = post("{\"name\":\"mug\",\"price\":1,\"stock\":1,\"variants\":[{\"stock\":2},{\"stock\":\"many\"}]}");
        assertBadRequest(answer, "malformed-body");
        assertThat(answer[2]).contains("\"field\":\"variants[1].stock\"").contains("must be a whole number");
    }

    @Test
    void aBodyOfTheWrongShape() {
        String[] answer = post("[1, 2]");
        assertBadRequest(answer, "malformed-body");
        assertThat(answer[2]).contains("does not have the expected structure").doesNotContain("Product");
    }

    @Test
    void anUnknownBodyFieldIsNamed() {
        String[] answer = post("{\"name\":\"mug\",\"colour\":\"red\"}");
        assertBadRequest(answer, "malformed-body");
        assertThat(answer[2]).contains("unknown field: 'colour'");
    }

    private static void assertBadRequest(String[] answer, String type) {
        assertThat(answer[0]).isEqualTo("400");
        assertThat(answer[1]).startsWith("application/problem+json");
        assertThat(answer[2]).contains(type).doesNotContain("java.").doesNotContain("Integer")
                .doesNotContain("BigDecimal").doesNotContain("UUID'").doesNotContain("Exception");
    }

    private String[] get(String uri) {
        return RestClient.create("http://localhost:" + port).get().uri(uri).exchange((request, response) -> new String[] {
                String.valueOf(response.getStatusCode().value()), String.valueOf(response.getHeaders().getContentType()),
                new String(response.getBody().readAllBytes())});
    }

    private String[] post(String json) {
        return RestClient.create("http://localhost:" + port).post().uri("/products").contentType(MediaType.APPLICATION_JSON)
                .body(json).exchange((request, response) -> new String[] {String.valueOf(response.getStatusCode().value()),
                        String.valueOf(response.getHeaders().getContentType()), new String(response.getBody().readAllBytes())});
    }

    record PriceRange(BigDecimal min, BigDecimal max) {
    }

    record Variant(int stock) {
    }

    record Product(String name, BigDecimal price, Integer stock, List<Variant> variants) {
    }

    @SpringBootApplication
    @RestController
    static class App {

        @GetMapping("/items")
        String items(@RequestParam int limit) {
            return "ok";
        }

        @GetMapping("/items/{id}")
        String item(@PathVariable java.util.UUID id) {
            return "ok";
        }

        @GetMapping("/prices")
        String prices(PriceRange range) {
            return "ok";
        }

        @PostMapping("/products")
        String create(@RequestBody Product product) {
            return "ok";
        }
    }
}
