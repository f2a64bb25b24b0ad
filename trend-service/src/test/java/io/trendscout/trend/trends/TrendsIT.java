package io.trendscout.trend.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.trend.TestSeries;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ingestion, detection, publication and the read API on a real PostgreSQL and Kafka. */
@PlatformIntegrationTest
class TrendsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final String admin = TestInfrastructure.get().tokens().issue(UUID.randomUUID(), "ADMIN");
    private final String user = TestInfrastructure.get().tokens().issue(UUID.randomUUID(), "USER");

    @Test
    void anImportedBurstIsDetectedListedAndPublishedOnceEvenWithDuplicatesAndShuffledRows() {
        String name = "glowskin" + suffix();
        List<String> lines = new ArrayList<>(TestSeries.burst(Instant.now()).stream()
                .map(row -> TestSeries.jsonLine(name, "beauty", row)).toList());
        lines.addAll(lines.subList(100, 110));
        Collections.shuffle(lines, new java.util.Random(7));
        Response report = post("/api/trends/import", "application/x-ndjson", String.join("\n", lines), admin);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("accepted").asInt()).isEqualTo(lines.size());
        assertThat(report.json().path("rejected")).isEmpty();
        assertThat(report.json().path("trends").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> bucketViews(name).size() == 241 && jdbc.queryForObject(
                "select count(*) from trend t join source_series s on s.trend_id = t.id where t.name = ? and not s.dirty and t.first_detected is not null",
                Integer.class, name) == 1);
        UUID id = jdbc.queryForObject("select id from trend where name = ?", UUID.class, name);

        JsonNode list = get("/api/trends?type=hashtag&region=de&category=beauty&period=7&direction=rising&sort=growth", user).json();
        JsonNode item = find(list.path("items"), id);
        assertThat(item).as(list.toString()).isNotNull();
        assertThat(item.path("score").asInt()).isBetween(40, 100);
        assertThat(item.path("level").asString()).isIn("MEDIUM", "HIGH");
        assertThat(item.path("direction").asString()).isEqualTo("RISING");
        assertThat(item.path("lifecycle").asString()).isEqualTo("EMERGING");
        assertThat(item.path("breakdown").path("velocity").asInt()).isPositive();
        assertThat(item.path("metrics").path("creatorCount").asLong()).isPositive();
        assertThat(item.path("relatedHashtags").toString()).contains(name, name + "challenge");
        assertThat(item.path("prediction").path("peakDate").isString()).isTrue();
        assertThat(item.path("stage").asString()).isEqualTo("CONFIRMED");
        assertThat(item.path("primarySource").asString()).isEqualTo("import");
        assertThat(item.path("sources").get(0).path("kind").asString()).isEqualTo("IMPORT");
        assertThat(item.path("asOf").isString()).isTrue();

        Response detail = get("/api/trends/" + id + "?days=7", user);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().path("timeline").size()).isBetween(7, 9);
        assertThat(detail.json().path("timelineMeasure").asString()).isEqualTo("total");
        JsonNode history = detail.json().path("history");
        assertThat(history.toString()).contains("CONFIRMED");
        assertThat(Instant.parse(history.get(history.size() - 1).path("at").asString()))
                .as("backfilled history is judged causally: confirmed before its last point")
                .isBefore(Instant.parse(detail.json().path("lastDataAt").asString()));
        assertThat(get("/api/trends/" + id + "?days=1&resolution=hour", user).json().path("timeline").size()).isGreaterThan(24);
        assertThat(find(get("/api/trends/categories/Beauty", user).json().path("items"), id)).isNotNull();
        JsonNode analytics = get("/api/trends/analytics", user).json();
        assertThat(find(analytics.path("newToday"), id)).isNotNull();
        assertThat(analytics.path("byCategory").toString()).contains("beauty");

        await().atMost(Duration.ofSeconds(30)).until(() -> detectedEvents(id).size() == 1);
        JsonNode event = detectedEvents(id).getFirst();
        assertThat(event.path("payload").path("trendType").asString()).isEqualTo("HASHTAG");
        assertThat(event.path("payload").path("level").asString()).isEqualTo(item.path("level").asString());

        // The same data again changes nothing: no second TrendDetected.
        assertThat(post("/api/trends/import", "application/x-ndjson", String.join("\n", lines), admin).status()).isEqualTo(200);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> detectedEvents(id).size() == 1);
    }

    @Test
    void malformedRowsAreReportedWithTheirLineAndTheRestIsStored() {
        String name = "rows" + suffix();
        String now = Instant.now().truncatedTo(ChronoUnit.HOURS).toString();
        String body = String.join("\n",
                row(name, now, "1000"),
                row(name, now, "-5"),
                row(name, now, "1e13"),
                "{\"type\":\"hashtag\",\"name\":\"" + name + "\",\"timestamp\":\"" + now + "\",\"views\":\"NaN\"}",
                "{\"type\":\"meme\",\"name\":\"" + name + "\",\"timestamp\":\"" + now + "\",\"views\":1}",
                "{\"type\":\"hashtag\",\"name\":\"" + name + "\",\"timestamp\":\"yesterday\",\"views\":1}",
                "{\"type\":\"hashtag\",\"name\":\"" + name + "\",\"timestamp\":\"2999-01-01T00:00:00Z\",\"views\":1}",
                "{\"type\":\"hashtag\",\"name\":\"" + name + "\",\"timestamp\":\"" + now + "\",\"veiws\":1}",
                "{\"type\":\"hashtag\",\"name\":\"\",\"timestamp\":\"" + now + "\",\"views\":1}",
                "{not json",
                "",
                row(name, now, "12.5"));
        Response report = post("/api/trends/import", "application/jsonl", body, admin);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("accepted").asInt()).isEqualTo(1);
        Map<Integer, String> rejected = rejected(report.json());
        assertThat(rejected.keySet()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 12);
        assertThat(rejected.get(2)).contains("views");
        assertThat(rejected.get(3)).contains("views");
        assertThat(rejected.get(4)).contains("views");
        assertThat(rejected.get(5)).contains("type");
        assertThat(rejected.get(6)).contains("timestamp");
        assertThat(rejected.get(7)).contains("future");
        assertThat(rejected.get(8)).contains("veiws");
        assertThat(rejected.get(10)).contains("JSON");
        await().atMost(Duration.ofSeconds(30)).until(() -> bucketViews(name).equals(List.of(1000L)));
    }

    @Test
    void csvImportsAreValidatedRowByRowAndCountersThatGoDownAreKept() {
        String name = "csv" + suffix();
        Instant t = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String csv = String.join("\r\n",
                "Type,Name,Timestamp,Views,Creators,Category,RelatedHashtags",
                "hashtag,\"#" + name + "\"," + t.minus(3, ChronoUnit.HOURS) + ",5000,4,\"Home & Garden\",\"a|b\"",
                "hashtag," + name + "," + t.minus(2, ChronoUnit.HOURS) + ",4000,4,,",
                "hashtag," + name + "," + t.minus(2, ChronoUnit.HOURS) + ",3000,3,,",
                "hashtag," + name + ",not-a-date,1,1,,",
                "hashtag," + name + "," + t + ",4500",
                "hashtag," + name + "," + t.minus(1, ChronoUnit.HOURS) + ",\"unterminated,1,,");
        Response report = post("/api/trends/import", "text/csv", csv, admin);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("accepted").asInt()).isEqualTo(3);
        assertThat(rejected(report.json()).keySet()).containsExactly(5, 6, 7);
        await().atMost(Duration.ofSeconds(30)).until(() -> bucketViews(name).equals(List.of(5000L, 4000L)));
        assertThat(jdbc.queryForObject("select category from trend where name = ?", String.class, name)).isEqualTo("home & garden");
    }

    @Test
    void importIsForAdministratorsOnlyAndNeedsAKnownFormat() {
        String body = row("x" + suffix(), Instant.now().toString(), "1");
        assertProblem(post("/api/trends/import", "application/x-ndjson", body, user), 403);
        assertProblem(post("/api/trends/import", "application/x-ndjson", body, null), 401);
        assertProblem(post("/api/trends/import", "application/xml", "<a/>", admin), 415);
        assertProblem(post("/api/trends/import", "text/csv", "type,name,when\nhashtag,x,1", admin), 400);
        assertProblem(post("/api/trends/import", "application/json", "[1,2", admin), 400);
        assertProblem(post("/api/trends/import", "application/x-ndjson", "", admin), 400);
    }

    @Test
    void badQueryParametersAreProblemsNamingTheField() {
        for (String query : List.of("period=14", "type=meme", "direction=up", "minScore=101", "minScore=abc", "sort=random",
                "size=0", "size=101", "page=-1", "region=Germany", "category=%3Cscript%3E", "stage=maybe", "name=%3Cx%3E")) {
            Response response = get("/api/trends?" + query, user);
            assertProblem(response, 400);
            assertThat(response.body()).contains(query.substring(0, query.indexOf('=')));
        }
        assertProblem(get("/api/trends/analytics?period=5", user), 400);
        assertProblem(get("/api/trends/not-a-uuid", user), 400);
        assertProblem(get("/api/trends/" + UUID.randomUUID() + "?resolution=minute", user), 400);
        assertProblem(get("/api/trends/" + UUID.randomUUID(), user), 404);
        assertProblem(get("/api/trends", null), 401);
    }

    @Test
    void statsFetchedVideosOfTwoCreatorsAddUpInThePanelsBucketOncePerEventAndBadVideosAreSkipped() throws Exception {
        String tag = "stats" + suffix();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant created = Instant.now().minus(3, ChronoUnit.HOURS);
        String event = statsFetched(first, """
                {"id":"%s","createTime":"%s","hashtags":["%s"],"viewCount":900,"likeCount":50,"commentCount":5,"shareCount":2}
                """.formatted(videoId(), created, tag));
        String other = statsFetched(second, """
                {"id":"%s","createTime":"%s","hashtags":["%s"],"viewCount":600,"likeCount":10,"commentCount":1,"shareCount":1},
                {"id":"%s","createTime":"%s","hashtags":["bad%s"],"viewCount":-10,"likeCount":0,"commentCount":0,"shareCount":0}
                """.formatted(videoId(), created, tag, videoId(), created, tag));
        send("tiktok.stats-fetched.v1", first.toString(), event);
        send("tiktok.stats-fetched.v1", first.toString(), event);
        send("tiktok.stats-fetched.v1", second.toString(), other);
        await().atMost(Duration.ofSeconds(30)).until(() -> bucketViews(tag).equals(List.of(1_500L)));
        assertThat(jdbc.queryForObject("""
                select b.creators from source_bucket b join source_series s on s.id = b.series_id join trend t on t.id = s.trend_id
                where t.name = ?""", Long.class, tag)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from trend where name = ?", Integer.class, "bad" + tag)).isZero();
        assertThat(jdbc.queryForObject("select region from trend where name = ?", String.class, tag)).isEqualTo("GLOBAL");
    }

    private static String statsFetched(UUID user, String videos) {
        return """
                {"id":"%s","type":"StatsFetched","version":2,"occurredAt":"%s","producer":"tiktok-service","subject":"%s",
                 "payload":{"userId":"%s","openId":"o","displayName":"d","followers":10,"likes":5,"videoCount":2,
                  "engagementRate":1.5,"averageViews":100,"fetchedAt":"%s","hashtags":[],"videos":[%s],"deletedVideoIds":[]}}
                """.formatted(UUID.randomUUID(), Instant.now(), user, user, Instant.now(), videos);
    }

    private static String videoId() {
        return "73" + String.format("%017d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000_000_000_000L));
    }

    private List<Long> bucketViews(String name) {
        return jdbc.queryForList("""
                select b.views from source_bucket b join source_series s on s.id = b.series_id join trend t on t.id = s.trend_id
                where t.name = ? order by b.bucket_start
                """, Long.class, name);
    }

    private static String row(String name, String timestamp, String views) {
        return "{\"type\":\"hashtag\",\"name\":\"" + name + "\",\"timestamp\":\"" + timestamp + "\",\"views\":" + views
                + ",\"creators\":3}";
    }

    private static Map<Integer, String> rejected(JsonNode report) {
        Map<Integer, String> rejected = new java.util.TreeMap<>();
        report.path("rejected").forEach(r -> rejected.put(r.path("line").asInt(), r.path("error").asString()));
        return rejected;
    }

    private static JsonNode find(JsonNode items, UUID id) {
        for (JsonNode item : items) {
            if (item.path("id").asString().equals(id.toString())) {
                return item;
            }
        }
        return null;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
    }

    private static List<JsonNode> detectedEvents(UUID trendId) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers(),
                "group.id", "trend-reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("trend.trend-detected.v1"));
            List<JsonNode> events = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 4000;
            while (System.currentTimeMillis() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (trendId.toString().equals(record.key())) {
                        events.add(JSON.readTree(record.value()));
                    }
                }
            }
            return events;
        }
    }

    private static void send(String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(
                Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private Response get(String path, String token) {
        return send("GET", path, null, null, token);
    }

    private Response post(String path, String contentType, String body, String token) {
        return send("POST", path, contentType, body, token);
    }

    private Response send(String method, String path, String contentType, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    record Response(int status, String body, String contentType) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
