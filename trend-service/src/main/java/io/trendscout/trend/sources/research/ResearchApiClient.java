package io.trendscout.trend.sources.research;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two Research API calls: a client-credentials token (cached, renewed before it expires, from
 * {@code expires_in}) and one page of {@code POST /v2/research/video/query/} for a region and date
 * window. Answers are read strictly: a page that is not what the contract says is a FATAL failure,
 * never a partial page.
 */
final class ResearchApiClient {

    static final String FIELDS = "id,create_time,region_code,hashtag_names,music_id,view_count,like_count,comment_count,"
            + "share_count,username";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Answer(int status, String body) {
    }

    private final RestClient http;
    private final String clientKey;
    private final String clientSecret;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    ResearchApiClient(RestClient http, String clientKey, String clientSecret, Clock clock) {
        this.http = http;
        this.clientKey = clientKey;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** Forgets the cached token (the API refused it). */
    void dropToken() {
        token = null;
    }

    ResearchPage query(String region, LocalDate start, LocalDate end, int maxCount, long cursor, String searchId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", Map.of("and", List.of(Map.of("operation", "EQ", "field_name", "region_code",
                "field_values", List.of(region)))));
        body.put("start_date", DAY.format(start));
        body.put("end_date", DAY.format(end));
        body.put("max_count", maxCount);
        body.put("cursor", cursor);
        if (searchId != null) {
            body.put("search_id", searchId);
        }
        String bearer = token();
        Answer answer = call(() -> http.post().uri("/v2/research/video/query/?fields=" + FIELDS)
                .header("Authorization", "Bearer " + bearer).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))));
        JsonNode json = parse(answer);
        if (answer.status() != 200 || !"ok".equals(json.path("error").path("code").asString("ok"))) {
            throw failure(answer.status(), json.path("error").path("code").asString("?"),
                    json.path("error").path("message").asString(""));
        }
        return page(json.get("data"));
    }

    private String token() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(renewAt)) {
            return token;
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("client_key", clientKey);
        form.add("client_secret", clientSecret);
        form.add("grant_type", "client_credentials");
        Answer answer = call(() -> http.post().uri("/v2/oauth/token/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))));
        JsonNode json = parse(answer);
        if (answer.status() != 200) {
            ResearchCallFailed failed = failure(answer.status(), json.path("error").asString("?"),
                    json.path("error_description").asString(""));
            // a refused client is not a token problem worth retrying with the same credentials
            throw failed.kind() == ResearchCallFailed.Kind.TOKEN ? new ResearchCallFailed(ResearchCallFailed.Kind.FATAL,
                    "Research API client credentials were refused (" + json.path("error").asString("?") + ")") : failed;
        }
        JsonNode access = json.get("access_token");
        JsonNode expiresIn = json.get("expires_in");
        if (access == null || !access.isString() || access.asString().isBlank() || expiresIn == null || !expiresIn.isIntegralNumber()
                || expiresIn.asLong() <= 0) {
            throw new ResearchCallFailed(ResearchCallFailed.Kind.FATAL, "Research API token answer has no access_token/expires_in");
        }
        Duration lifetime = Duration.ofSeconds(expiresIn.asLong());
        Duration margin = lifetime.dividedBy(10).compareTo(Duration.ofMinutes(5)) < 0 ? lifetime.dividedBy(10) : Duration.ofMinutes(5);
        token = access.asString();
        renewAt = now.plus(lifetime).minus(margin);
        return token;
    }

    private interface Call {
        Answer run() throws IOException;
    }

    private static Answer call(Call call) {
        try {
            return call.run();
        } catch (ResourceAccessException | IOException ex) {
            throw new ResearchCallFailed(ResearchCallFailed.Kind.TRANSIENT, "Research API unreachable: " + ex.getMessage(), ex);
        }
    }

    private static JsonNode parse(Answer answer) {
        try {
            JsonNode json = JSON.readTree(answer.body().isBlank() ? "{}" : answer.body());
            if (!json.isObject()) {
                throw new ResearchCallFailed(ResearchCallFailed.Kind.FATAL, "Research API answer is not a JSON object");
            }
            return json;
        } catch (JacksonException ex) {
            if (answer.status() >= 500) {
                throw new ResearchCallFailed(ResearchCallFailed.Kind.TRANSIENT, "Research API answered " + answer.status());
            }
            throw new ResearchCallFailed(ResearchCallFailed.Kind.FATAL, "Research API answered malformed JSON (HTTP "
                    + answer.status() + ")", ex);
        }
    }

    private static ResearchCallFailed failure(int status, String code, String message) {
        String text = "Research API answered " + status + " " + code + (message.isBlank() ? "" : ": " + message);
        ResearchCallFailed.Kind kind = status == 429 ? ResearchCallFailed.Kind.QUOTA
                : status == 401 && code.equals("access_token_invalid") ? ResearchCallFailed.Kind.TOKEN
                : status >= 500 ? ResearchCallFailed.Kind.TRANSIENT : ResearchCallFailed.Kind.FATAL;
        return new ResearchCallFailed(kind, text);
    }

    private static ResearchPage page(JsonNode data) {
        if (data == null || !data.isObject() || !data.path("videos").isArray() || !data.path("has_more").isBoolean()) {
            throw malformed("data.videos must be a list and data.has_more a boolean");
        }
        List<ResearchVideo> videos = new ArrayList<>();
        for (JsonNode v : data.get("videos")) {
            videos.add(video(v));
        }
        boolean hasMore = data.get("has_more").asBoolean();
        JsonNode cursor = data.get("cursor");
        JsonNode searchId = data.get("search_id");
        if (hasMore && (cursor == null || !cursor.isIntegralNumber() || searchId == null || searchId.asString("").isBlank())) {
            throw malformed("a page with has_more needs an integer cursor and a search_id");
        }
        return new ResearchPage(videos, cursor == null ? 0 : cursor.asLong(), hasMore, searchId == null ? null : searchId.asString(null));
    }

    private static ResearchVideo video(JsonNode v) {
        if (!v.isObject()) {
            throw malformed("a video must be an object");
        }
        List<String> hashtags = new ArrayList<>();
        JsonNode tags = v.get("hashtag_names");
        if (tags != null && !tags.isNull()) {
            if (!tags.isArray()) {
                throw malformed("hashtag_names must be a list");
            }
            tags.forEach(t -> hashtags.add(t.asString("")));
        }
        JsonNode music = v.get("music_id");
        String musicId = music == null || music.isNull() ? null
                : music.isIntegralNumber() || music.isString() ? music.asString() : null;
        return new ResearchVideo(number(v, "id"), text(v, "username"), Instant.ofEpochSecond(number(v, "create_time")),
                v.path("region_code").asString(null), hashtags, musicId == null || musicId.isBlank() ? null : musicId,
                number(v, "view_count"), number(v, "like_count"), number(v, "comment_count"), number(v, "share_count"));
    }

    private static long number(JsonNode v, String field) {
        JsonNode n = v.get(field);
        if (n == null || !n.isIntegralNumber() || n.asLong() < 0) {
            throw malformed(field + " must be a non-negative integer");
        }
        return n.asLong();
    }

    private static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        if (n == null || !n.isString()) {
            throw malformed(field + " must be a string");
        }
        return n.asString();
    }

    private static ResearchCallFailed malformed(String what) {
        return new ResearchCallFailed(ResearchCallFailed.Kind.FATAL, "Research API page is malformed: " + what);
    }
}
