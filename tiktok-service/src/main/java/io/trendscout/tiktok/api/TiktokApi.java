package io.trendscout.tiktok.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * TikTok Login Kit v2 (token, refresh, revoke) and Display API v2 (user info, video list, video
 * query). Errors come back as {@link TiktokFailure}s; nothing here logs or returns token values.
 */
public class TiktokApi {

    static final String USER_FIELDS = "open_id,union_id,avatar_url,display_name,bio_description,profile_deep_link,"
            + "is_verified,username,follower_count,following_count,likes_count,video_count";
    static final String VIDEO_FIELDS = "id,create_time,title,video_description,duration,cover_image_url,share_url,"
            + "view_count,like_count,comment_count,share_count";

    private final RestClient http;
    private final ResilientCalls calls;
    private final JsonMapper json;
    private final String clientKey;
    private final String clientSecret;

    public TiktokApi(RestClient http, ResilientCalls calls, JsonMapper json, String clientKey, String clientSecret) {
        this.http = http;
        this.calls = calls;
        this.json = json;
        this.clientKey = clientKey;
        this.clientSecret = clientSecret;
    }

    public TokenGrant exchangeCode(String code, String redirectUri, String codeVerifier) {
        MultiValueMap<String, String> form = credentials();
        form.add("code", code);
        form.add("grant_type", "authorization_code");
        form.add("redirect_uri", redirectUri);
        if (codeVerifier != null) {
            form.add("code_verifier", codeVerifier);
        }
        return grant(calls.call("oauth", "oauth.token", () -> oauth("/v2/oauth/token/", form)));
    }

    public TokenGrant refresh(String refreshToken) {
        MultiValueMap<String, String> form = credentials();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        return grant(calls.call("oauth", "oauth.token", () -> oauth("/v2/oauth/token/", form)));
    }

    public void revoke(String token) {
        MultiValueMap<String, String> form = credentials();
        form.add("token", token);
        calls.call("oauth", "oauth.revoke", () -> oauth("/v2/oauth/revoke/", form));
    }

    public TiktokUser userInfo(String accessToken) {
        JsonNode user = calls.call("display", "user.info", () -> display(
                http.get().uri("/v2/user/info/?fields={fields}", USER_FIELDS).header("Authorization", "Bearer " + accessToken)))
                .path("user");
        return new TiktokUser(user.path("open_id").asString(""), user.path("username").asString(null),
                user.path("display_name").asString(""), user.path("avatar_url").asString(null),
                user.path("bio_description").asString(null), user.path("profile_deep_link").asString(null),
                user.path("is_verified").asBoolean(false), user.path("follower_count").asLong(0),
                user.path("following_count").asLong(0), user.path("likes_count").asLong(0), user.path("video_count").asLong(0));
    }

    /** All pages up to {@code maxPages}; stops on the last page or a page that ends paging early. */
    public VideoListing listVideos(String accessToken, int maxPages, int pageSize) {
        List<TiktokVideo> videos = new ArrayList<>();
        long cursor = 0;
        for (int page = 1; page <= maxPages; page++) {
            long from = cursor;
            JsonNode data = calls.call("display", "video.list", () -> display(http.post()
                    .uri("/v2/video/list/?fields={fields}", VIDEO_FIELDS).header("Authorization", "Bearer " + accessToken)
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("cursor", from, "max_count", pageSize))));
            JsonNode pageVideos = data.path("videos");
            pageVideos.forEach(v -> videos.add(video(v)));
            boolean hasMore = data.path("has_more").asBoolean(false);
            cursor = data.path("cursor").asLong(0);
            if (!hasMore) {
                return new VideoListing(videos, page, true);
            }
            if (pageVideos.isEmpty() || cursor == from) {
                return new VideoListing(videos, page, false);
            }
        }
        return new VideoListing(videos, maxPages, false);
    }

    /** Current counters of up to 20 known videos. */
    public List<TiktokVideo> queryVideos(String accessToken, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> batch = ids.subList(0, Math.min(20, ids.size()));
        JsonNode data = calls.call("display", "video.query", () -> display(http.post()
                .uri("/v2/video/query/?fields={fields}", VIDEO_FIELDS).header("Authorization", "Bearer " + accessToken)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("filters", Map.of("video_ids", batch)))));
        List<TiktokVideo> videos = new ArrayList<>();
        data.path("videos").forEach(v -> videos.add(video(v)));
        return videos;
    }

    private static TiktokVideo video(JsonNode v) {
        return new TiktokVideo(v.path("id").asString(), Instant.ofEpochSecond(v.path("create_time").asLong(0)),
                v.path("title").asString(null), v.path("video_description").asString(""), v.path("share_url").asString(null),
                v.path("cover_image_url").asString(null), v.path("duration").asInt(0), v.path("view_count").asLong(0),
                v.path("like_count").asLong(0), v.path("comment_count").asLong(0), v.path("share_count").asLong(0));
    }

    private MultiValueMap<String, String> credentials() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_key", clientKey);
        form.add("client_secret", clientSecret);
        return form;
    }

    private TokenGrant grant(JsonNode body) {
        return new TokenGrant(body.path("open_id").asString(""), body.path("scope").asString(""),
                body.path("access_token").asString(), body.path("expires_in").asLong(0),
                body.path("refresh_token").asString(), body.path("refresh_expires_in").asLong(0));
    }

    private JsonNode oauth(String path, MultiValueMap<String, String> form) {
        Raw raw = send(http.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form));
        JsonNode body = parse(raw);
        String error = body.path("error").asString("");
        if (raw.status == 429 || error.equals("rate_limit_exceeded")) {
            throw new TiktokFailure.RateLimited("TikTok OAuth rate limit exceeded");
        }
        if (raw.status >= 500) {
            throw new TiktokFailure.Unavailable("http_" + raw.status, "TikTok OAuth answered " + raw.status);
        }
        if (!error.isEmpty() || raw.status >= 400) {
            throw new TiktokFailure.GrantRejected(error.isEmpty() ? "http_" + raw.status : error,
                    body.path("error_description").asString("TikTok refused the request"));
        }
        return body;
    }

    private JsonNode display(RestClient.RequestHeadersSpec<?> request) {
        Raw raw = send(request);
        JsonNode body = parse(raw);
        String code = body.path("error").path("code").asString(raw.status < 400 ? "ok" : "http_" + raw.status);
        String message = body.path("error").path("message").asString("");
        if (raw.status == 429 || code.equals("rate_limit_exceeded")) {
            throw new TiktokFailure.RateLimited("TikTok rate limit exceeded");
        }
        if (raw.status >= 500 || code.equals("internal_error")) {
            throw new TiktokFailure.Unavailable(code, "TikTok answered " + raw.status);
        }
        if (code.equals("access_token_invalid") || code.startsWith("scope_")) {
            throw new TiktokFailure.AccessTokenInvalid(code, message);
        }
        if (!code.equals("ok") || raw.status >= 400) {
            throw new TiktokFailure.Rejected(code, message);
        }
        return body.path("data");
    }

    private record Raw(int status, String body) {
    }

    private Raw send(RestClient.RequestHeadersSpec<?> request) {
        try {
            return request.exchange((req, res) -> new Raw(res.getStatusCode().value(),
                    new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        } catch (ResourceAccessException ex) {
            throw new TiktokFailure.Unavailable("io_error", "TikTok could not be reached: " + ex.getClass().getSimpleName());
        }
    }

    private JsonNode parse(Raw raw) {
        try {
            JsonNode node = json.readTree(raw.body.isBlank() ? "{}" : raw.body);
            return node.isObject() ? node : json.createObjectNode();
        } catch (JacksonException ex) {
            if (raw.status >= 500 || raw.status == 429) {
                return json.createObjectNode();
            }
            throw new TiktokFailure.Unavailable("malformed_response", "TikTok answered " + raw.status + " with a non-JSON body");
        }
    }
}
