package io.trendscout.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.trendscout.sandbox.FakeExchange;
import io.trendscout.sandbox.world.PlantedTrend;
import io.trendscout.sandbox.world.SandboxWorld;
import io.trendscout.sandbox.world.WorldClock;
import io.trendscout.sandbox.world.WorldVideo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ResearchApiFakeTests {

    static final Instant ANCHOR = Instant.parse("2026-03-10T12:00:00Z");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String FIELDS = "id,create_time,region_code,hashtag_names,music_id,view_count,username";
    static SandboxWorld world;
    static TiktokFake fake;

    @BeforeAll
    static void start() {
        world = new SandboxWorld(SandboxWorld.DEFAULT_SEED, WorldClock.stopped(ANCHOR));
        fake = new TiktokFake(0, world);
        fake.start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.reset();
    }

    @Test
    void clientCredentialsGiveATwoHourClientToken() throws Exception {
        JsonNode token = json(post("/v2/oauth/token/", "application/x-www-form-urlencoded",
                "client_key=sandbox-research-client-key&client_secret=sandbox-research-client-secret&grant_type=client_credentials", null));
        assertThat(token.get("access_token").asString()).startsWith("clt.");
        assertThat(token.get("expires_in").asLong()).isEqualTo(7200);
        assertThat(token.get("token_type").asString()).isEqualTo("Bearer");

        HttpResponse<String> wrong = post("/v2/oauth/token/", "application/x-www-form-urlencoded",
                "client_key=sandbox-research-client-key&client_secret=nope&grant_type=client_credentials", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("error").asString()).isEqualTo("invalid_client");
        assertThat(query(null, DAY.format(ANCHOR), DAY.format(ANCHOR), region("US"), 10, 0, null).statusCode()).isEqualTo(401);
    }

    @Test
    void regionAndDateWindowQueriesPageWithAStableSearchId() throws Exception {
        String token = token();
        Instant from = ANCHOR.minus(Duration.ofDays(6)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        List<WorldVideo> expected = world.tiktok().publishedBetween(from, ANCHOR.plus(Duration.ofDays(1))).stream()
                .filter(v -> v.region().equals("GB")).toList();
        assertThat(expected).hasSizeGreaterThan(60);

        List<JsonNode> seen = new ArrayList<>();
        String searchId = null;
        long cursor = 0;
        boolean more = true;
        Set<String> searchIds = new HashSet<>();
        while (more) {
            JsonNode data = json(query(token, DAY.format(from), DAY.format(ANCHOR), region("GB"), 25, cursor, searchId)).get("data");
            data.get("videos").forEach(seen::add);
            searchId = data.get("search_id").asString();
            searchIds.add(searchId);
            cursor = data.get("cursor").asLong();
            more = data.get("has_more").asBoolean();
        }
        assertThat(searchIds).hasSize(1);
        assertThat(seen).hasSize(expected.size());
        assertThat(seen.stream().map(v -> v.get("id").asLong()).toList()).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(WorldVideo::id).toList());
        assertThat(seen).allSatisfy(v -> {
            assertThat(v.propertyNames()).containsExactlyInAnyOrder(FIELDS.split(","));
            assertThat(v.get("region_code").asString()).isEqualTo("GB");
            assertThat(v.get("create_time").asLong()).isBetween(from.getEpochSecond(), ANCHOR.getEpochSecond());
        });
        WorldVideo first = expected.get(0);
        JsonNode served = seen.stream().filter(v -> v.get("id").asLong() == first.id()).findFirst().orElseThrow();
        assertThat(served.get("view_count").asLong()).isEqualTo(first.countsAt(ANCHOR).views());

        JsonNode again = json(query(token, DAY.format(from), DAY.format(ANCHOR), region("GB"), 25, 0, null)).get("data");
        assertThat(again.get("search_id").asString()).isEqualTo(searchId);
        assertThat(fake.researchRequests()).filteredOn(r -> r.searchId() != null).hasSize(searchIdsPages(expected.size(), 25) - 1);
        assertThat(fake.calls("/v2/research/video/query")).isEqualTo(searchIdsPages(expected.size(), 25) + 1);
    }

    @Test
    void theQueryTreeFiltersByHashtagSoundUsernameAndNot() throws Exception {
        String token = token();
        PlantedTrend peaking = world.truth().all().stream().filter(p -> p.name().equals("blindboxunboxing")).findFirst().orElseThrow();
        String start = DAY.format(ANCHOR.minus(Duration.ofDays(10)));
        String tree = "{\"and\":[{\"operation\":\"IN\",\"field_name\":\"hashtag_name\",\"field_values\":[\"BlindBoxUnboxing\",\"proteincoffee\"]}],"
                + "\"not\":[{\"operation\":\"EQ\",\"field_name\":\"region_code\",\"field_values\":[\"DE\"]}]}";
        JsonNode data = json(query(token, start, DAY.format(ANCHOR), tree, 100, 0, null)).get("data");
        assertThat(data.get("videos")).isNotEmpty().allSatisfy(v -> {
            assertThat(v.get("hashtag_names").toString()).contains(peaking.name());
            assertThat(v.get("region_code").asString()).isEqualTo("US");
        });
        PlantedTrend sound = world.truth().all().stream().filter(p -> p.type().equals("SOUND")).findFirst().orElseThrow();
        String bySound = "{\"or\":[{\"operation\":\"EQ\",\"field_name\":\"music_id\",\"field_values\":[\"" + sound.externalId() + "\"]}],"
                + "\"and\":[{\"operation\":\"GTE\",\"field_name\":\"create_date\",\"field_values\":[\"" + DAY.format(ANCHOR.minus(Duration.ofDays(1))) + "\"]}]}";
        JsonNode sounds = json(query(token, start, DAY.format(ANCHOR), bySound, 100, 0, null)).get("data").get("videos");
        assertThat(sounds).isNotEmpty().allSatisfy(v -> {
            assertThat(v.get("music_id").asString()).isEqualTo(sound.externalId());
            assertThat(v.get("create_time").asLong()).isGreaterThanOrEqualTo(ANCHOR.minus(Duration.ofDays(1))
                    .truncatedTo(java.time.temporal.ChronoUnit.DAYS).getEpochSecond());
        });
    }

    @Test
    void badParametersAreInvalidParams() throws Exception {
        String token = token();
        String end = DAY.format(ANCHOR);
        assertInvalid(query(token, DAY.format(ANCHOR.minus(Duration.ofDays(31))), end, region("US"), 10, 0, null), "30 days");
        assertInvalid(query(token, DAY.format(ANCHOR.minus(Duration.ofDays(1))), end, region("US"), 101, 0, null), "max_count");
        assertInvalid(query(token, "2026-03-01", end, region("US"), 10, 0, null), "start_date");
        assertInvalid(query(token, end, end, "{\"and\":[]}", 10, 0, null), "non-empty");
        assertInvalid(query(token, end, end, "{\"and\":[{\"operation\":\"GT\",\"field_name\":\"region_code\",\"field_values\":[\"US\"]}]}",
                10, 0, null), "not supported");
        assertInvalid(query(token, end, end, region("US"), 10, 20, "123"), "invalid or expired");
        HttpResponse<String> badField = post("/v2/research/video/query/?fields=id,secret_field", "application/json",
                body(end, end, region("US"), 10, 0, null), token);
        assertInvalid(badField, "secret_field");
        assertThat(query(token, DAY.format(ANCHOR.minus(Duration.ofDays(30))), end, region("US"), 10, 0, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theDailyQuotaAnswers429DailyQuotaLimitExceeded() throws Exception {
        String token = token();
        fake.researchQuota(2, 100_000);
        String day = DAY.format(ANCHOR);
        assertThat(query(token, day, day, region("US"), 10, 0, null).statusCode()).isEqualTo(200);
        assertThat(query(token, day, day, region("GB"), 10, 0, null).statusCode()).isEqualTo(200);
        HttpResponse<String> third = query(token, day, day, region("DE"), 10, 0, null);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(json(third).at("/error/code").asString()).isEqualTo("daily_quota_limit_exceeded");

        fake.reset();
        token = token();
        fake.researchQuota(1_000, 15);
        assertThat(query(token, day, day, region("US"), 10, 0, null).statusCode()).isEqualTo(200);
        HttpResponse<String> overRecords = query(token, day, day, region("US"), 10, 10, json(query(token, day, day,
                region("US"), 1, 0, null)).at("/data/search_id").asString());
        assertThat(overRecords.statusCode()).isEqualTo(429);
        assertThat(json(overRecords).at("/error/code").asString()).isEqualTo("daily_quota_limit_exceeded");
        assertThat(fake.researchUsage().get("records")).isEqualTo(11L);
    }

    @Test
    void injectedFaultsAndMalformedPagesStrikeResearchQueries() throws Exception {
        String token = token();
        String day = DAY.format(ANCHOR.minus(Duration.ofDays(1)));
        fake.failNext(1, 500);
        HttpResponse<String> failed = query(token, day, day, region("US"), 10, 0, null);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(json(failed).at("/error/code").asString()).isEqualTo("internal_error");

        fake.malformResearchPage(1, "truncated");
        assertThat(json(query(token, day, day, region("US"), 10, 0, null)).at("/data/videos")).isNotEmpty();
        HttpResponse<String> truncated = query(token, day, day, region("US"), 10, 0, null);
        assertThat(truncated.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FakeExchange.JSON.readTree(truncated.body()))
                .isInstanceOf(tools.jackson.core.JacksonException.class);
        fake.malformResearchPage(0, "wrong-types");
        assertThat(json(query(token, day, day, region("US"), 10, 0, null)).at("/data/videos").isObject()).isTrue();
        assertThat(json(query(token, day, day, region("US"), 10, 0, null)).at("/data/videos").isArray()).isTrue();
    }

    @Test
    void worldCreatorsConnectAndListTheirWorldVideosWithTodaysCounters() throws Exception {
        String panelist = world.tiktok().panelUsernames().get(0);
        JsonNode creators = json(HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/__sandbox/world/creators")).build(),
                HttpResponse.BodyHandlers.ofString()));
        assertThat(creators.get("connectable").size()).isGreaterThanOrEqualTo(30);
        assertThat(creators.get("panel").size()).isEqualTo(5);
        assertThat(creators.at("/stats/videos").asInt()).isBetween(5_000, 10_000);
        JsonNode truth = json(HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/__sandbox/world/truth")).build(),
                HttpResponse.BodyHandlers.ofString()));
        assertThat(truth.get("planted").size()).isEqualTo(world.truth().all().size());

        fake.nextAuthorizationAs(panelist);
        String code = java.net.URLDecoder.decode(HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl()
                + "/v2/auth/authorize/?client_key=sandbox-client-key&scope=user.info.basic,video.list&response_type=code"
                + "&redirect_uri=https://app.example/cb&state=s")).build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Location").orElseThrow().replaceAll(".*code=([^&]*).*", "$1"), java.nio.charset.StandardCharsets.UTF_8);
        String access = json(post("/v2/oauth/token/", "application/x-www-form-urlencoded", "client_key=sandbox-client-key"
                + "&client_secret=sandbox-client-secret&grant_type=authorization_code&redirect_uri=https://app.example/cb&code="
                + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8), null)).get("access_token").asString();
        JsonNode page = json(post("/v2/video/list/?fields=id,create_time,video_description,view_count", "application/json",
                "{\"max_count\":20}", access)).get("data");
        List<WorldVideo> own = world.tiktok().videosBy(panelist);
        assertThat(page.get("videos").get(0).get("id").asString()).isEqualTo(own.get(0).idString());
        assertThat(page.get("videos").get(0).get("view_count").asLong()).isEqualTo(own.get(0).countsAt(ANCHOR).views());
        assertThat(own).filteredOn(v -> v.hashtags().contains("panelpick")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.createTime()).isAfter(ANCHOR.minus(Duration.ofDays(3))));
    }

    private static int searchIdsPages(int videos, int pageSize) {
        return (videos + pageSize - 1) / pageSize;
    }

    private static void assertInvalid(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asString()).isEqualTo("invalid_params");
        assertThat(json(response).at("/error/message").asString()).contains(message);
    }

    static String region(String code) {
        return "{\"and\":[{\"operation\":\"EQ\",\"field_name\":\"region_code\",\"field_values\":[\"" + code + "\"]}]}";
    }

    static String token() throws Exception {
        return json(post("/v2/oauth/token/", "application/x-www-form-urlencoded",
                "client_key=sandbox-research-client-key&client_secret=sandbox-research-client-secret&grant_type=client_credentials",
                null)).get("access_token").asString();
    }

    static HttpResponse<String> query(String token, String start, String end, String tree, int max, long cursor, String searchId)
            throws Exception {
        return post("/v2/research/video/query/?fields=" + FIELDS, "application/json", body(start, end, tree, max, cursor, searchId), token);
    }

    static String body(String start, String end, String tree, int max, long cursor, String searchId) {
        return "{\"query\":" + tree + ",\"start_date\":\"" + start + "\",\"end_date\":\"" + end + "\",\"max_count\":" + max
                + ",\"cursor\":" + cursor + (searchId == null ? "" : ",\"search_id\":\"" + searchId + "\"") + "}";
    }

    static HttpResponse<String> post(String path, String type, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return FakeExchange.JSON.readTree(response.body());
    }
}
