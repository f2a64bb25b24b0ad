package io.trendscout.recommendation.serving;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * The product-service's public catalog read as this service uses it: {@code GET /api/products?limit&cursor}, items
 * with id, name, primaryNiche, categories, tags, price {recommendedRetail, currency}, trendData, keyset cursor.
 */
final class FakeProductService {

    /** {@code merchant}: a merchant's own product, listed with {@code "source":"merchant"}. */
    record Item(UUID id, String name, String niche, String category, String tag, double price, int trend,
            boolean merchant) {

        Item(UUID id, String name, String niche, String category, String tag, double price, int trend) {
            this(id, name, niche, category, tag, price, trend, false);
        }

        String json() {
            return """
                    {"id":"%s","name":"%s","primaryNiche":"%s","categories":["%s"],"tags":["%s"],
                     "price":{"cost":null,"recommendedRetail":%s,"currency":"EUR"},
                     "trendData":{"trendScore":%d,"trendLevel":"high","trendDirection":"rising"},"source":"%s"}"""
                    .formatted(id, name, niche, category, tag, price, trend, merchant ? "merchant" : "catalog");
        }
    }

    final List<Item> items = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    FakeProductService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/products", exchange -> {
            String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
            int from = query.contains("cursor=") ? Integer.parseInt(query.replaceAll(".*cursor=(\\d+).*", "$1")) : 0;
            int to = Math.min(items.size(), from + 20);
            String next = to < items.size() ? "\"" + to + "\"" : "null";
            String body = "{\"items\":[" + String.join(",", items.subList(from, to).stream().map(Item::json).toList())
                    + "],\"nextCursor\":" + next + "}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
