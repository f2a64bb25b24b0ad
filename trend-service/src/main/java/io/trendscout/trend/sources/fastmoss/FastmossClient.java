package io.trendscout.trend.sources.fastmoss;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.trendscout.trend.sources.SourceFailure;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One POST to the FastMoss OPEN API, authenticated in the configured style, answered as its
 * envelope {@code {code, msg, data, request_id, timestamp}}. HTTP errors, timeouts and answers that
 * are not that envelope are {@link SourceFailure}s; business codes are the caller's to handle
 * (HTTP 429 counts as 30003). Credentials are never logged or put in messages.
 */
final class FastmossClient {

    /** The envelope: {@code code} 0 is success. Some pages write {@code message} for {@code msg}. */
    record Answer(int code, String msg, JsonNode data) {
    }

    static final int FREQUENCY_LIMIT = 30003;

    private final RestClient http;
    private final FastmossProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    FastmossClient(RestClient http, FastmossProperties properties, JsonMapper json, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    static FastmossClient create(FastmossProperties properties, JsonMapper json, Clock clock) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.http().connectTimeout()).build());
        factory.setReadTimeout(properties.http().readTimeout());
        return new FastmossClient(RestClient.builder().requestFactory(factory).build(), properties, json, clock);
    }

    Answer post(String path, Map<String, Object> body) {
        String raw = json.writeValueAsString(body);
        URI uri = URI.create(properties.baseUrl().toString().replaceAll("/+$", "") + path + query(path, raw));
        Raw response;
        try {
            RestClient.RequestBodySpec request = http.post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON);
            if (properties.authStyle() == FastmossProperties.AuthStyle.BEARER) {
                request.header("Authorization", "Bearer " + properties.accessToken());
            }
            response = request.body(raw).exchange((req, res) -> new Raw(res.getStatusCode(),
                    new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        } catch (RestClientException ex) {
            // not chained: the outer message holds the URL, which carries the access token in the signed style
            throw new SourceFailure("FastMoss " + path + " unreachable or too slow: " + rootMessage(ex));
        }
        if (response.status().value() == 429) {
            return new Answer(FREQUENCY_LIMIT, "HTTP 429", null);
        }
        if (!response.status().is2xxSuccessful()) {
            throw new SourceFailure("FastMoss " + path + " answered HTTP " + response.status().value() + codeOf(response.body()));
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(response.body());
        } catch (JacksonException ex) {
            throw new SourceFailure("FastMoss " + path + " answered a malformed page (not JSON)");
        }
        if (envelope == null || !envelope.isObject() || !envelope.path("code").isIntegralNumber()) {
            throw new SourceFailure("FastMoss " + path + " answered a malformed page (no envelope code)");
        }
        String msg = envelope.path("msg").isString() ? envelope.path("msg").stringValue()
                : envelope.path("message").asString("");
        return new Answer(envelope.path("code").intValue(), clean(msg), envelope.path("data"));
    }

    /** Signed style: {@code ?client_id&access_token&timestamp&signature_version&sign}; bearer: none. */
    private String query(String path, String body) {
        if (properties.authStyle() != FastmossProperties.AuthStyle.SIGNED) {
            return "";
        }
        TreeMap<String, String> params = new TreeMap<>();
        params.put("client_id", properties.clientId());
        params.put("access_token", properties.accessToken());
        params.put("timestamp", String.valueOf(clock.instant().getEpochSecond()));
        if (StringUtils.hasText(properties.signatureVersion())) {
            params.put("signature_version", properties.signatureVersion());
        }
        params.put("sign", properties.signAlgorithm().sign(properties.clientSecret(), path, params, body));
        return "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String codeOf(String body) {
        try {
            JsonNode envelope = json.readTree(body);
            return envelope != null && envelope.path("code").isIntegralNumber()
                    ? " (code " + envelope.path("code").intValue() + ")" : "";
        } catch (JacksonException ex) {
            return "";
        }
    }

    /** Provider text for logs and source health: one line, no markup, bounded. */
    static String clean(String text) {
        String line = text == null ? "" : text.replaceAll("[\\p{Cntrl}<>]", " ").trim();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + clean(root.getMessage()));
    }

    private record Raw(HttpStatusCode status, String body) {
    }

}
