package io.trendscout.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/** Finding 17 of #18: a service refuses an over-large body itself, by its declared length or while a chunked one arrives. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = RequestBodyLimitTests.App.class,
        properties = "trendscout.max-body-size=64KB")
class RequestBodyLimitTests {

    private static final int LIMIT = 64 * 1024;

    static final AtomicInteger handled = new AtomicInteger();

    @Value("${local.server.port}")
    int port;

    @BeforeEach
    void reset() {
        handled.set(0);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() throws Exception {
        // 16 MB announced, nothing sent: the answer may not wait for the body
        RawHttp.Answer answer = RawHttp.send(port, "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 16777216\r\n\r\n");
        assertTooLarge(answer);
    }

    @Test
    void aChunkedBodyGrowingPastTheLimitIsRefused() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, RawHttp.chunked("POST /echo HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", LIMIT + 100, 8192));
        assertTooLarge(answer);
    }

    @Test
    void aChunkedBodyWithinTheLimitArrivesWhole() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, RawHttp.chunked("POST /echo HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n", LIMIT, 8192));
        assertThat(answer.status()).as(answer.head()).isEqualTo(200);
        assertThat(answer.body()).contains("received " + LIMIT);
        assertThat(handled).hasValue(1);
    }

    @Test
    void aBodyAtTheLimitIsAccepted() {
        String body = RestClient.create("http://localhost:" + port).post().uri("/echo").contentType(MediaType.TEXT_PLAIN)
                .body("y".repeat(LIMIT)).retrieve().body(String.class);
        assertThat(body).isEqualTo("received " + LIMIT);
    }

    private static void assertTooLarge(RawHttp.Answer answer) {
        assertThat(answer.status()).as(answer.head()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://trendscout.io/problems/payload-too-large\"")
                .contains("\"status\":413").contains("\"maxBytes\":" + LIMIT);
        assertThat(handled).as("the handler never ran").hasValue(0);
    }

    @SpringBootApplication
    @RestController
    static class App {

        @PostMapping("/echo")
        String echo(@RequestBody String body) {
            handled.incrementAndGet();
            return "received " + body.length();
        }
    }
}
