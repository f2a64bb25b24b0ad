package io.trendscout.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.json.JsonMapper;

/** One request to a fake: raw body, parsed query and form, plus helpers to answer it (shared by every fake). */
public final class FakeExchange {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpExchange http;
    private final byte[] body;
    private final Map<String, String> query;

    public FakeExchange(HttpExchange http) throws IOException {
        this.http = http;
        try (InputStream in = http.getRequestBody()) {
            this.body = in.readAllBytes();
        }
        this.query = parse(http.getRequestURI().getRawQuery());
    }

    public static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(key, value);
        }
        return values;
    }

    public String method() {
        return http.getRequestMethod();
    }

    public String path() {
        return http.getRequestURI().getPath();
    }

    /** Scheme, host and the path with its query exactly as the client sent them. */
    public String fullUri() {
        String raw = http.getRequestURI().getRawPath();
        String q = http.getRequestURI().getRawQuery();
        return "http://" + header("Host") + raw + (q == null ? "" : "?" + q);
    }

    public String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Map<String, String> query() {
        return query;
    }

    public String query(String name) {
        return query.get(name);
    }

    public Map<String, String> form() {
        return parse(body());
    }

    public String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    public void addHeader(String name, String value) {
        http.getResponseHeaders().add(name, value);
    }

    public void json(int status, Object value) throws IOException {
        send(status, "application/json", JSON.writeValueAsBytes(value));
    }

    public void send(int status, String contentType, byte[] bytes) throws IOException {
        http.getResponseHeaders().add("Content-Type", contentType);
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    public void redirect(String location) throws IOException {
        http.getResponseHeaders().add("Location", location);
        http.sendResponseHeaders(302, -1);
        http.close();
    }
}
