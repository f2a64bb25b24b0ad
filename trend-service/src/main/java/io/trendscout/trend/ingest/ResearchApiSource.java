package io.trendscout.trend.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * TikTok Research API source (client-credentials token, then {@code POST /v2/research/video/query/}
 * per tracked hashtag over the lookback window, paged by cursor up to {@code max-pages}); each
 * hashtag becomes one observation of the summed counters of its videos in the window.
 * Disabled by default ({@code trendscout.trend.research-api.enabled=false}); written against the
 * documented API shape, not yet exercised against TikTok or a sandbox fake.
 */
@Component
@ConditionalOnProperty(name = "trendscout.trend.research-api.enabled", havingValue = "true")
@EnableConfigurationProperties(ResearchApiProperties.class)
class ResearchApiSource implements TrendSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final String FIELDS = "id,username,view_count,like_count,comment_count,share_count,hashtag_names";

    private final ResearchApiProperties properties;
    private final RestClient http;
    private final Clock clock;

    ResearchApiSource(ResearchApiProperties properties, RestClient.Builder builder, Clock clock) {
        this.properties = properties;
        this.http = builder.baseUrl(properties.baseUrl().toString()).build();
        this.clock = clock;
    }

    @Override
    public String name() {
        return "tiktok-research-api";
    }

    @Override
    public boolean enabled() {
        return properties.enabled() && org.springframework.util.StringUtils.hasText(properties.clientKey())
                && org.springframework.util.StringUtils.hasText(properties.clientSecret())
                && !properties.hashtags().isEmpty();
    }

    @Override
    public List<io.trendscout.trend.trends.Observation> fetch(Instant since) {
        String token = token();
        Instant now = clock.instant();
        List<io.trendscout.trend.trends.Observation> observations = new ArrayList<>();
        for (String hashtag : properties.hashtags()) {
            observations.add(ResearchVideos.aggregate(hashtag, properties.region(), now, videos(token, hashtag, now)));
        }
        return observations;
    }

    private List<ResearchVideos.Video> videos(String token, String hashtag, Instant now) {
        List<ResearchVideos.Video> videos = new ArrayList<>();
        Object cursor = null;
        Object searchId = null;
        for (int page = 0; page < properties.maxPages(); page++) {
            var body = new java.util.LinkedHashMap<String, Object>();
            body.put("query", Map.of("and", List.of(Map.of("operation", "IN", "field_name", "hashtag_name",
                    "field_values", List.of(hashtag.replace("#", ""))))));
            body.put("start_date", DAY.format(now.minus(properties.lookback())));
            body.put("end_date", DAY.format(now));
            body.put("max_count", 100);
            if (cursor != null) {
                body.put("cursor", cursor);
                body.put("search_id", searchId);
            }
            JsonNode data = http.post().uri("/v2/research/video/query/?fields=" + FIELDS)
                    .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().body(JsonNode.class).path("data");
            for (JsonNode v : data.path("videos")) {
                videos.add(new ResearchVideos.Video(v.path("username").asString(null), v.path("view_count").asLong(0),
                        v.path("like_count").asLong(0), v.path("comment_count").asLong(0), v.path("share_count").asLong(0)));
            }
            if (!data.path("has_more").asBoolean(false)) {
                break;
            }
            cursor = data.path("cursor").asLong();
            searchId = data.path("search_id").asString(null);
        }
        return videos;
    }

    private String token() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("client_key", properties.clientKey());
        form.add("client_secret", properties.clientSecret());
        form.add("grant_type", "client_credentials");
        JsonNode response = http.post().uri("/v2/oauth/token/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().body(JsonNode.class);
        String token = response == null ? null : response.path("access_token").asString(null);
        if (token == null) {
            throw new IllegalStateException("Research API token request returned no access_token");
        }
        return token;
    }
}
