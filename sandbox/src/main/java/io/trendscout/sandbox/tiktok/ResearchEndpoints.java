package io.trendscout.sandbox.tiktok;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.trendscout.sandbox.FakeExchange;
import io.trendscout.sandbox.world.VideoCounts;
import io.trendscout.sandbox.world.WorldVideo;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * TikTok Research API: client-credentials tokens and {@code POST /v2/research/video/query/} over the
 * world's videos (query tree, 30-day date window, cursor + search_id paging, requested fields only),
 * with the per-client daily quota (requests and records, 429 {@code daily_quota_limit_exceeded}).
 */
final class ResearchEndpoints {

    static final Set<String> VIDEO_FIELDS = Set.of("id", "video_description", "create_time", "region_code", "share_count",
            "view_count", "like_count", "comment_count", "music_id", "hashtag_names", "username", "effect_ids",
            "playlist_id", "voice_to_text", "favorites_count", "video_duration");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

    /** One request the fake answered, for tests (dates as sent). */
    record Request(String startDate, String endDate, String searchId, long cursor, int videos) {
    }

    private record ClientToken(String clientKey, Instant expiresAt) {
    }

    private record Usage(LocalDate day, int requests, long records) {
    }

    private record Search(List<WorldVideo> videos) {
    }

    private final TiktokFake fake;
    private final Map<String, ClientToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, Usage> usage = new ConcurrentHashMap<>();
    private final Map<String, Search> searches = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger malformAfter = new AtomicInteger(-1);
    private volatile String malformMode = "truncated";

    ResearchEndpoints(TiktokFake fake) {
        this.fake = fake;
    }

    /** {@code grant_type=client_credentials} on {@code /v2/oauth/token/}: a {@code clt.} token for the research client. */
    void clientToken(FakeExchange ex, Map<String, String> form) throws IOException {
        FakeSettings settings = fake.settings();
        if (!settings.researchClientKey.equals(form.get("client_key"))
                || !settings.researchClientSecret.equals(form.get("client_secret"))) {
            OAuthEndpoints.oauthError(ex, 401, "invalid_client", "Client key or secret is wrong");
            return;
        }
        String token = Grants.random("clt.");
        tokens.put(token, new ClientToken(form.get("client_key"), Instant.now().plus(settings.researchTokenLifetime)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("expires_in", settings.researchTokenLifetime.toSeconds());
        body.put("token_type", "Bearer");
        ex.json(200, body);
    }

    void videoQuery(FakeExchange ex) throws IOException {
        String header = ex.header("Authorization");
        String value = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        ClientToken token = value == null ? null : tokens.get(value);
        if (token == null || !Instant.now().isBefore(token.expiresAt())) {
            DisplayEndpoints.error(ex, 401, "access_token_invalid", "The access token is invalid or not found in the request.");
            return;
        }
        FakeSettings settings = fake.settings();
        Usage today = usageToday(token.clientKey());
        if (today.requests() >= settings.researchDailyRequests || today.records() >= settings.researchDailyRecords) {
            DisplayEndpoints.error(ex, 429, "daily_quota_limit_exceeded",
                    "The daily quota limit was exceeded; it resets at 00:00 UTC");
            return;
        }
        usage.put(token.clientKey(), new Usage(today.day(), today.requests() + 1, today.records()));
        try {
            answer(ex, token.clientKey());
        } catch (ResearchQuery.Invalid invalid) {
            DisplayEndpoints.error(ex, 400, "invalid_params", invalid.getMessage());
        }
    }

    private void answer(FakeExchange ex, String clientKey) throws IOException, ResearchQuery.Invalid {
        List<String> fields = fields(ex.query("fields"));
        JsonNode body = body(ex.body());
        LocalDate start = date(body, "start_date");
        LocalDate end = date(body, "end_date");
        if (end.isBefore(start)) {
            throw new ResearchQuery.Invalid("end_date must not be before start_date");
        }
        if (ChronoUnit.DAYS.between(start, end) > 30) {
            throw new ResearchQuery.Invalid("end_date must be no more than 30 days after start_date");
        }
        int maxCount = body.has("max_count") ? body.get("max_count").asInt(-1) : 20;
        if (maxCount < 1 || maxCount > 100) {
            throw new ResearchQuery.Invalid("max_count must be between 1 and 100");
        }
        long cursor = body.has("cursor") ? body.get("cursor").asLong(-1) : 0;
        if (cursor < 0) {
            throw new ResearchQuery.Invalid("cursor must be a non-negative integer");
        }
        Predicate<WorldVideo> predicate = ResearchQuery.parse(body.get("query"));
        String given = body.path("search_id").asString("");
        String searchId;
        Search search;
        if (!given.isBlank()) {
            searchId = given;
            search = searches.get(given);
            if (search == null) {
                throw new ResearchQuery.Invalid("Search Id " + given + " is invalid or expired");
            }
        } else {
            searchId = searchId(clientKey, body.get("query").toString(), start, end);
            Instant from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant to = end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            search = new Search(fake.world().tiktok().publishedBetween(from, to).stream().filter(predicate)
                    .sorted(Comparator.comparing(WorldVideo::createTime).thenComparingLong(WorldVideo::id)).toList());
            searches.put(searchId, search);
        }
        List<WorldVideo> page = search.videos().subList((int) Math.min(cursor, search.videos().size()),
                (int) Math.min(cursor + maxCount, search.videos().size()));
        Usage today = usageToday(clientKey);
        if (today.records() + page.size() > fake.settings().researchDailyRecords) {
            ex.json(429, Map.of("data", Map.of(), "error", Map.of("code", "daily_quota_limit_exceeded",
                    "message", "The daily record limit would be exceeded; it resets at 00:00 UTC", "log_id", Grants.random("log"))));
            return;
        }
        usage.put(clientKey, new Usage(today.day(), today.requests(), today.records() + page.size()));
        requests.add(new Request(body.path("start_date").asString(), body.path("end_date").asString(),
                given.isBlank() ? null : given, cursor, page.size()));
        Instant now = fake.world().clock().now();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("videos", page.stream().map(v -> select(v, now, fields)).toList());
        data.put("cursor", cursor + page.size());
        data.put("has_more", cursor + page.size() < search.videos().size());
        data.put("search_id", searchId);
        Map<String, Object> answer = Map.of("data", data, "error", Map.of("code", "ok", "message", "", "log_id", Grants.random("log")));
        if (malformAfter.getAndUpdate(n -> n >= 0 ? n - 1 : n) == 0) {
            sendMalformed(ex, answer);
            return;
        }
        ex.json(200, answer);
    }

    private void sendMalformed(FakeExchange ex, Map<String, Object> answer) throws IOException {
        if ("wrong-types".equals(malformMode)) {
            ex.json(200, Map.of("data", Map.of("videos", Map.of("view_count", "many"), "cursor", "next", "has_more", "yes"),
                    "error", Map.of("code", "ok", "message", "", "log_id", Grants.random("log"))));
            return;
        }
        byte[] full = FakeExchange.JSON.writeValueAsBytes(answer);
        ex.send(200, "application/json", Arrays.copyOf(full, Math.max(1, full.length / 2)));
    }

    private static Map<String, Object> select(WorldVideo v, Instant now, List<String> fields) {
        VideoCounts counts = v.countsAt(now);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("id", v.id());
        all.put("video_description", v.description());
        all.put("create_time", v.createTime().getEpochSecond());
        all.put("region_code", v.region());
        all.put("share_count", counts.shares());
        all.put("view_count", counts.views());
        all.put("like_count", counts.likes());
        all.put("comment_count", counts.comments());
        all.put("music_id", Long.parseLong(v.musicId()));
        all.put("hashtag_names", v.hashtags());
        all.put("username", v.username());
        all.put("effect_ids", List.of());
        all.put("playlist_id", 0);
        all.put("voice_to_text", "");
        all.put("favorites_count", counts.likes() / 7);
        all.put("video_duration", v.duration());
        Map<String, Object> selected = new LinkedHashMap<>();
        fields.forEach(f -> selected.put(f, all.get(f)));
        return selected;
    }

    private static List<String> fields(String raw) throws ResearchQuery.Invalid {
        if (raw == null || raw.isBlank()) {
            throw new ResearchQuery.Invalid("fields is required");
        }
        List<String> fields = new ArrayList<>();
        for (String f : raw.split(",")) {
            String field = f.trim();
            if (!VIDEO_FIELDS.contains(field)) {
                throw new ResearchQuery.Invalid("Invalid field: " + field);
            }
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static JsonNode body(String raw) throws ResearchQuery.Invalid {
        try {
            JsonNode node = FakeExchange.JSON.readTree(raw.isBlank() ? "{}" : raw);
            if (!node.isObject()) {
                throw new ResearchQuery.Invalid("The request body must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new ResearchQuery.Invalid("The request body is not valid JSON");
        }
    }

    private static LocalDate date(JsonNode body, String field) throws ResearchQuery.Invalid {
        String raw = body.path(field).asString("");
        try {
            if (!raw.matches("\\d{8}")) {
                throw new DateTimeParseException("not YYYYMMDD", raw, 0);
            }
            return LocalDate.parse(raw, DAY);
        } catch (DateTimeParseException e) {
            throw new ResearchQuery.Invalid(field + " must be a date in the format YYYYMMDD");
        }
    }

    /** The same query of the same client over the same dates always has the same search_id. */
    private static String searchId(String clientKey, String query, LocalDate start, LocalDate end) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((clientKey + "|" + query + "|" + start + "|" + end).getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (digest[i] & 0xff);
            }
            return Long.toString(7_000_000_000_000_000_000L + Math.floorMod(id, 1_000_000_000_000_000_000L));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Usage usageToday(String clientKey) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        Usage u = usage.get(clientKey);
        return u == null || !u.day().equals(day) ? new Usage(day, 0, 0) : u;
    }

    // ----- test hooks

    void malformPage(int pagesBefore, String mode) {
        malformMode = mode == null ? "truncated" : mode;
        malformAfter.set(pagesBefore);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    Map<String, Object> usageOf(String clientKey) {
        Usage u = usageToday(clientKey);
        return Map.of("requests", u.requests(), "records", u.records());
    }

    void expireTokens() {
        tokens.clear();
    }

    void clear() {
        tokens.clear();
        usage.clear();
        searches.clear();
        requests.clear();
        malformAfter.set(-1);
    }
}
