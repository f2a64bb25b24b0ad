package io.trendscout.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finding 10 of #18: every error on a service port is a problem document, including those Tomcat
 * answers before Spring MVC sees the request and those forwarded to {@code /error}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = ServletErrorProblemsTests.App.class)
class ServletErrorProblemsTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void anEncodedSlashInThePath() throws IOException {
        assertProblem(get("/files/a%2Fb"), 400, "bad-request");
    }

    @Test
    void anOverlongHeader() throws IOException {
        assertProblem(RawHttp.send(port, "GET /files/a HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), 400, "bad-request");
    }

    @Test
    void anOverlongUri() throws IOException {
        assertProblem(get("/files/" + "a".repeat(20_000)), 400, "bad-request");
    }

    @Test
    void aMalformedRequestLine() throws IOException {
        assertProblem(RawHttp.send(port, "GET /files/a b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                400, "bad-request");
    }

    @Test
    void anInvalidCharacterInThePath() throws IOException {
        assertProblem(RawHttp.send(port, "GET /files/a{b} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                400, "bad-request");
    }

    @Test
    void anUnsupportedTransferEncodingKeepsItsStatus() throws IOException {
        assertProblem(RawHttp.send(port, "POST /files/a HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n"
                + "Connection: close\r\n\r\n"), 501, "not-implemented");
    }

    @Test
    void anErrorForwardedToErrorEvenWhenTheClientAsksForHtml() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET /forbidden HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");
        assertProblem(answer, 403, "forbidden");
        assertThat(answer.body()).doesNotContain("only admins");
    }

    @Test
    void anUnknownPath() throws IOException {
        assertProblem(get("/nothing/here"), 404, "not-found");
    }

    @Test
    void errorItselfIsNotFound() throws IOException {
        assertProblem(get("/error"), 404, "not-found");
    }

    private RawHttp.Answer get(String path) throws IOException {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.head()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://trendscout.io/problems/" + type + "\"")
                .contains("\"status\":" + status).doesNotContainIgnoringCase("<html").doesNotContain("Tomcat");
    }

    @SpringBootApplication
    @RestController
    static class App {

        @GetMapping("/files/{name}")
        String file(@PathVariable String name) {
            return name;
        }

        @GetMapping("/forbidden")
        void forbidden(HttpServletResponse response) throws IOException {
            response.sendError(403, "only admins");
        }
    }
}
