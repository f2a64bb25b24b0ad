package io.trendscout.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.analytics.Events.Sent;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.ProductInteracted.Kind;
import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.TrendDetected;
import io.trendscout.platform.test.PlatformIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The API's edges: bad input as 4xx problems, access rules, defaults and the CSV export. */
@PlatformIntegrationTest
class AnalyticsApiIT {

    @Value("${local.server.port}")
    int port;

    @Value("${trendscout.test.schema}")
    String schema;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/analytics/user?tz=Mars/Olympus                     | tz",
            "/api/analytics/user?tz=%2B02:00                          | tz",
            "/api/analytics/dashboard?tz=GMT%2B1                      | tz",
            "/api/analytics/tiktok?granularity=hour                   | granularity",
            "/api/analytics/trends?from=2025-02-01&to=2025-01-01      | from",
            "/api/analytics/products?from=2025-13-01                  | from",
            "/api/analytics/user?from=2020-01-01&to=2025-01-01        | to",
            "/api/analytics/products?limit=0                          | limit",
            "/api/analytics/trends?limit=501                          | limit",
            "/api/analytics/products?limit=ten                        | limit",
            "/api/analytics/products?scope=everyone                   | scope"})
    void badInputIsAProblemNamingTheField(String path, String field) {
        for (String accept : List.of("application/json", "text/csv")) {
            Api.Response response = Api.as(port, UUID.randomUUID(), "USER").get(path.strip(), accept);
            assertThat(response.status()).as(path + " " + accept).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field.strip());
        }
    }

    /** Finding 10 of #18: a value that does not convert is described in words, never by a Java type. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/analytics/products?limit=ten       | limit | must be a whole number",
            "/api/analytics/trends?limit=1.5         | limit | must be a whole number",
            "/api/analytics/user?from=2025-13-01     | from  | must be a date (YYYY-MM-DD)",
            "/api/analytics/dashboard?to=yesterday   | to    | must be a date (YYYY-MM-DD)"})
    void unconvertibleValuesSayWhatTheyMustBe(String path, String field, String message) {
        Api.Response response = Api.as(port, UUID.randomUUID(), "USER").get(path.strip());
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field.strip());
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo(message.strip());
        assertThat(response.json().get("detail").asString()).contains(field.strip()).contains(message.strip())
                .doesNotContain("java.").doesNotContain("Integer").doesNotContain("LocalDate");
    }

    @Test
    void platformWideProductsAreForAdminsAndEverythingNeedsAToken() {
        Api.Response denied = Api.as(port, UUID.randomUUID(), "USER").get("/api/analytics/products?scope=platform");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(port, UUID.randomUUID(), "ADMIN").get("/api/analytics/products?scope=platform").status())
                .isEqualTo(200);
        for (String path : List.of("/api/analytics/dashboard", "/api/analytics/user", "/api/analytics/products",
                "/api/analytics/trends", "/api/analytics/tiktok")) {
            assertThat(new Api("http://localhost:" + port, null).get(path).status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void defaultsToTheLastThirtyDaysByDayInUtc() {
        JsonNode dash = Api.as(port, UUID.randomUUID(), "USER").get("/api/analytics/dashboard").json();
        assertThat(dash.get("granularity").asString()).isEqualTo("day");
        assertThat(dash.get("tz").asString()).isEqualTo("UTC");
        assertThat(java.time.LocalDate.parse(dash.get("to").asString()))
                .isEqualTo(java.time.LocalDate.parse(dash.get("from").asString()).plusDays(29));
        assertThat(dash.get("kpis").get("views").get("current").asLong()).isZero();
        assertThat(dash.get("kpis").get("views").get("changePercent").isNull()).isTrue();
    }

    @Test
    void exportsEveryReportAsCsv() {
        UUID user = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        UUID trend = UUID.randomUUID();
        Instant day1 = Instant.parse("2024-06-03T22:30:00Z");
        Instant day2 = Instant.parse("2024-06-04T08:00:00Z");
        List<Sent> events = List.of(
                sent(new ProductInteracted(user, product, Kind.VIEWED, day1), day1),
                sent(new ProductInteracted(user, product, Kind.VIEWED, day2), day2),
                sent(new ProductInteracted(user, product, Kind.SAVED, day2), day2),
                sent(new TrendDetected(trend, "hashtag", "=cmd, \"quoted\"", "fitness", "DE", 71, "high", "rising",
                        "emerging", List.of(), day1, day2), day1),
                sent(new StatsFetched(user, "open", "Creator", 1200, 5000, 12, 4.5, 800, List.of(), day2), day2),
                sent(new ProductSynced(user, UUID.randomUUID(), "shopify", "ext", "sku", "T", null, List.of(), null, null,
                        null, null, null, false, day1), day2));
        Events.send(events);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> Events.processed(jdbc, schema, events.stream().map(Sent::id).toList()));
        Api api = Api.as(port, user, "USER");
        String period = "?from=2024-06-03&to=2024-06-04&tz=Europe/Berlin";

        Api.Response userCsv = api.get("/api/analytics/user" + period, "text/csv");
        assertThat(userCsv.status()).isEqualTo(200);
        assertThat(userCsv.contentType()).startsWith("text/csv");
        assertThat(userCsv.body()).isEqualTo("period,views,saves,unsaves,collectionAdds\r\n2024-06-04,2,1,0,0\r\n");
        assertThat(api.get("/api/analytics/user" + period.replace("Europe/Berlin", "UTC"), "text/csv").body())
                .isEqualTo("period,views,saves,unsaves,collectionAdds\r\n2024-06-03,1,0,0,0\r\n2024-06-04,1,1,0,0\r\n");
        assertThat(api.get("/api/analytics/products" + period, "text/csv").body()).isEqualTo(
                "productId,period,views,saves,unsaves,collectionAdds\r\n" + product + ",2024-06-04,2,1,0,0\r\n");
        assertThat(api.get("/api/analytics/trends" + period + "&limit=500", "text/csv").body())
                .contains(trend + ",\"'=cmd, \"\"quoted\"\"\",fitness,2024-06-04,1,71,71\r\n");
        assertThat(api.get("/api/analytics/tiktok" + period, "text/csv").body()).isEqualTo(
                "period,fetchedAt,followers,likes,videoCount,engagementRate,averageViews\r\n"
                        + "2024-06-04,2024-06-04T08:00:00Z,1200,5000,12,4.5,800\r\n");
        String dashboard = api.get("/api/analytics/dashboard" + period, "text/csv").body();
        assertThat(dashboard).startsWith("widget,key,value,previous,change,changePercent\r\nkpi,views,2,0,2,\r\n")
                .contains("topProduct," + product + ",2,1,,\r\n").contains("syncHealth,shopify,1,0,,\r\n");
        assertThat(api.get("/api/analytics/user" + period, "application/json").contentType()).startsWith("application/json");
        assertThat(api.get("/api/analytics/user" + period, "*/*").contentType()).startsWith("application/json");
    }

    private static Sent sent(io.trendscout.platform.events.EventPayload payload, Instant at) {
        return new Sent(UUID.randomUUID(), payload, at);
    }
}
