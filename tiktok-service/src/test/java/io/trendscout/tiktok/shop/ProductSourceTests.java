package io.trendscout.tiktok.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The product lookup for a TikTok Shop draft reads with the user's token and asks product-service not to count a view. */
class ProductSourceTests {

    private final AtomicReference<String> query = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private HttpServer productService;

    @BeforeEach
    void start() throws IOException {
        productService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        productService.createContext("/api/products/", exchange -> {
            query.set(exchange.getRequestURI().getRawQuery());
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = """
                    {"id":"p-1","name":"Desk lamp","description":"A lamp","price":{"amount":19.9,"currency":"EUR"}}"""
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        productService.start();
    }

    @AfterEach
    void stop() {
        productService.stop(0);
    }

    @Test
    void aLookupOnTheUsersBehalfIsNoView() {
        ProductSource source = new ProductSource(
                RestClient.create("http://127.0.0.1:" + productService.getAddress().getPort()), JsonMapper.builder().build());

        ProductDraft draft = source.load("p-1", "user-token");

        assertThat(draft.title()).isEqualTo("Desk lamp");
        assertThat(query.get()).isEqualTo("countView=false");
        assertThat(authorization.get()).isEqualTo("Bearer user-token");
    }
}
