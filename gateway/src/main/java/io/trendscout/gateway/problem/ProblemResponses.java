package io.trendscout.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details straight onto a response, for errors raised before a request
 * reaches a route (authentication, rate limits, body size, CORS, no route). Never a stack trace.
 */
@Component
public class ProblemResponses {

    public static final String TYPE_BASE = "https://trendscout.io/problems/";

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        return write(exchange, status, type, title, detail, Map.of());
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail,
            Map<String, Object> properties) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Map<String, Object> body = body(exchange, status, type, title, detail, properties);
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(bytes.length);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    static Map<String, Object> body(ServerWebExchange exchange, HttpStatus status, String type, String title,
            String detail, Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        Object requestId = exchange.getAttribute(RequestIds.ATTRIBUTE);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        body.putAll(properties);
        return body;
    }
}
