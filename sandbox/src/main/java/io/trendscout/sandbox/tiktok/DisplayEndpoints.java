package io.trendscout.sandbox.tiktok;

import io.trendscout.sandbox.FakeExchange;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Display API v2: user info, video list (cursor paging, newest first) and video query. */
final class DisplayEndpoints {

    private static final Set<String> STATS_FIELDS = Set.of("follower_count", "following_count", "likes_count", "video_count");
    private static final Set<String> PROFILE_FIELDS = Set.of("bio_description", "profile_deep_link", "is_verified", "username");

    private final TiktokFake fake;

    DisplayEndpoints(TiktokFake fake) {
        this.fake = fake;
    }

    void userInfo(FakeExchange ex) throws IOException {
        Grants.Token token = authorized(ex);
        if (token == null) {
            return;
        }
        List<String> fields = fields(ex);
        if (fields.isEmpty()) {
            error(ex, 400, "invalid_params", "fields is required");
            return;
        }
        if (fields.stream().anyMatch(STATS_FIELDS::contains) && !hasScope(token, "user.info.stats")
                || fields.stream().anyMatch(PROFILE_FIELDS::contains) && !hasScope(token, "user.info.profile")
                        && !hasScope(token, "user.info.stats")) {
            error(ex, 401, "scope_not_authorized", "The user did not authorize the scope required for these fields");
            return;
        }
        FakeAccount account = fake.accountByOpenId(token.openId());
        ok(ex, Map.of("user", select(account.fields(), fields)));
    }

    void videoList(FakeExchange ex) throws IOException {
        Grants.Token token = authorized(ex);
        if (token == null) {
            return;
        }
        if (!hasScope(token, "video.list")) {
            error(ex, 401, "scope_not_authorized", "video.list was not authorized");
            return;
        }
        JsonNode body = readBody(ex);
        List<String> fields = fields(ex);
        if (body == null || fields.isEmpty()) {
            error(ex, 400, "invalid_params", "fields and a JSON body are required");
            return;
        }
        int maxCount = body.path("max_count").asInt(10);
        if (maxCount < 1 || maxCount > 20) {
            error(ex, 400, "invalid_params", "max_count must be between 1 and 20");
            return;
        }
        long cursor = body.path("cursor").asLong(0);
        int page = fake.countPage(ex.header("Authorization"), cursor == 0);
        FakeAccount account = fake.accountByOpenId(token.openId());
        List<FakeVideo> older = account.videos().stream()
                .filter(v -> cursor == 0 || v.createTime() * 1000 < cursor).toList();
        Integer endAfter = fake.pagingEndsAfter();
        if (endAfter != null && page > endAfter) {
            // The misbehaviour of "pagination that ends early": an empty page that still claims more.
            ok(ex, Map.of("videos", List.of(), "cursor", cursor, "has_more", !older.isEmpty()));
            return;
        }
        int size = Math.max(1, maxCount - fake.pageShortfall());
        List<FakeVideo> pageVideos = older.subList(0, Math.min(size, older.size()));
        long nextCursor = pageVideos.isEmpty() ? cursor : pageVideos.get(pageVideos.size() - 1).createTime() * 1000;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("videos", pageVideos.stream().map(v -> select(v.fields(), fields)).toList());
        data.put("cursor", nextCursor);
        data.put("has_more", older.size() > pageVideos.size());
        ok(ex, data);
    }

    void videoQuery(FakeExchange ex) throws IOException {
        Grants.Token token = authorized(ex);
        if (token == null) {
            return;
        }
        JsonNode body = readBody(ex);
        List<String> fields = fields(ex);
        JsonNode ids = body == null ? null : body.path("filters").path("video_ids");
        if (ids == null || !ids.isArray() || ids.isEmpty() || ids.size() > 20 || fields.isEmpty()) {
            error(ex, 400, "invalid_params", "filters.video_ids must hold 1 to 20 ids and fields is required");
            return;
        }
        Set<String> wanted = new java.util.HashSet<>();
        ids.forEach(id -> wanted.add(id.asString()));
        FakeAccount account = fake.accountByOpenId(token.openId());
        List<Map<String, Object>> videos = new ArrayList<>();
        account.videos().stream().filter(v -> wanted.contains(v.id())).forEach(v -> videos.add(select(v.fields(), fields)));
        ok(ex, Map.of("videos", videos));
    }

    private Grants.Token authorized(FakeExchange ex) throws IOException {
        String header = ex.header("Authorization");
        String value = header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
        Grants.Token token = value == null ? null : fake.grants().accessTokens.get(value);
        if (token == null || !token.valid(Instant.now())) {
            error(ex, 401, "access_token_invalid", "The access token is invalid or not found in the request.");
            return null;
        }
        return token;
    }

    private static boolean hasScope(Grants.Token token, String scope) {
        return Arrays.asList(token.scope().split(",")).contains(scope);
    }

    private static List<String> fields(FakeExchange ex) {
        String fields = ex.query("fields");
        return fields == null || fields.isBlank() ? List.of() : Arrays.stream(fields.split(",")).map(String::trim).toList();
    }

    private static Map<String, Object> select(Map<String, Object> all, List<String> fields) {
        return all.entrySet().stream().filter(e -> fields.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static JsonNode readBody(FakeExchange ex) {
        try {
            JsonNode node = FakeExchange.JSON.readTree(ex.body().isBlank() ? "{}" : ex.body());
            return node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static void ok(FakeExchange ex, Object data) throws IOException {
        ex.json(200, Map.of("data", data, "error", Map.of("code", "ok", "message", "", "log_id", Grants.random("log"))));
    }

    static void error(FakeExchange ex, int status, String code, String message) throws IOException {
        ex.json(status, Map.of("data", Map.of(), "error", Map.of("code", code, "message", message, "log_id", Grants.random("log"))));
    }
}
