package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 5 through the gateway: an administrator imports a hashtag series → trend-service
 * detects the burst and publishes TrendDetected → the trend is in the list (with timeline and
 * prediction) → product-service writes the trend data onto the catalog products tagged with it.
 * The administrator is the address the platform is started with in {@code TRENDSCOUT_ADMIN_EMAILS}
 * (see {@link RunningPlatform}).
 */
class Journey5TrendsIT {

    static final String ADMIN_EMAIL = RunningPlatform.ADMIN_EMAIL;
    private static final String HASHTAG = "homeworkout";

    @Test
    void seriesInTrendDetectedTrendListedAndProductsUpdated() {
        Gateway admin = Gateway.anonymous().withToken(admin().accessToken());
        Gateway user = Accounts.signUp().gateway();

        JsonNode products = Gateway.anonymous().get("/api/products?tag=" + HASHTAG + "&limit=1").json();
        String productId = products.path("items").path(0).path("id").asString();
        assertThat(productId).as("a demo product tagged #" + HASHTAG).isNotBlank();

        String marker = "journey5" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> rows = burst(marker);

        Gateway.Response forbidden = user.post("/api/trends/import", rows);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");

        List<Object> withBadRow = new ArrayList<>(rows);
        withBadRow.add(Map.of("type", "hashtag", "name", HASHTAG, "timestamp", Instant.now().toString(), "views", -1));
        Gateway.Response report = admin.post("/api/trends/import", withBadRow);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().path("accepted").asInt()).isEqualTo(rows.size());
        assertThat(report.json().path("rejected").path(0).path("line").asInt()).isEqualTo(rows.size() + 1);
        assertThat(report.json().path("rejected").path(0).path("error").asString()).contains("views");

        JsonNode trend = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> find(user.get("/api/trends?category=fitness&region=DE&direction=rising&period=7").json()),
                        found -> found != null);
        assertThat(trend.path("type").asString()).isEqualTo("HASHTAG");
        assertThat(trend.path("level").asString()).isIn("MEDIUM", "HIGH");
        assertThat(trend.path("lifecycle").asString()).isEqualTo("EMERGING");
        assertThat(trend.path("breakdown").path("velocity").asInt()).isPositive();
        int score = trend.path("score").asInt();

        JsonNode detail = user.get("/api/trends/" + trend.path("id").asString()).json();
        assertThat(detail.path("timeline").size()).isGreaterThanOrEqualTo(10);
        assertThat(detail.path("prediction").path("peakDate").asString()).isNotBlank();
        assertThat(detail.path("relatedHashtags").toString()).contains(marker);
        assertThat(user.get("/api/trends/analytics").json().path("newToday").toString()).contains(HASHTAG);
        assertThat(user.get("/api/trends?period=14").status()).isEqualTo(400);
        assertThat(Gateway.anonymous().get("/api/trends").status()).isEqualTo(401);

        JsonNode trendData = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Gateway.anonymous().get("/api/products/" + productId).json().path("trendData"),
                        data -> data.path("relatedHashtags").toString().contains(marker));
        assertThat(trendData.path("trendScore").asInt()).isEqualTo(score);
        assertThat(trendData.path("trendDirection").asString()).isEqualToIgnoringCase("rising");
        assertThat(trendData.path("trendLevel").asString()).isEqualToIgnoringCase(trend.path("level").asString());
    }

    private static JsonNode find(JsonNode page) {
        for (JsonNode item : page.path("items")) {
            if (HASHTAG.equals(item.path("name").asString())) {
                return item;
            }
        }
        return null;
    }

    /** Ten quiet days of hourly counters, then a burst over the last 36 hours. */
    private static List<Map<String, Object>> burst(String marker) {
        Instant last = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
        List<Map<String, Object>> rows = new ArrayList<>();
        double views = 500_000;
        double creators = 40;
        int hours = 10 * 24;
        for (int h = 0; h <= hours; h++) {
            int toEnd = hours - h;
            double rate = 1_000 * (1 + 0.1 * Math.sin(h * 1.7));
            if (toEnd < 36) {
                rate *= 2 + (36 - toEnd) / 2.0;
                creators += 3;
            }
            views += h == 0 ? 0 : rate;
            creators += 0.1;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", "hashtag");
            row.put("name", "#" + HASHTAG);
            row.put("category", "fitness");
            row.put("region", "DE");
            row.put("timestamp", last.minus(toEnd, ChronoUnit.HOURS).toString());
            row.put("views", Math.round(views));
            row.put("likes", Math.round(views / 10));
            row.put("shares", Math.round(views / 100));
            row.put("comments", Math.round(views / 200));
            row.put("videos", Math.round(creators * 2));
            row.put("creators", Math.round(creators));
            row.put("relatedHashtags", List.of(marker));
            rows.add(row);
        }
        return rows;
    }

    private static Accounts.Account admin() {
        Gateway gateway = Gateway.anonymous();
        Gateway.Response registered = gateway.post("/api/auth/register", Map.of("email", ADMIN_EMAIL, "password",
                Accounts.PASSWORD, "firstName", "Trend", "lastName", "Admin", "locale", "en", "accountType", "user"));
        if (registered.status() == 201) {
            gateway.post("/api/auth/verify-email", Map.of("email", ADMIN_EMAIL, "code",
                    Accounts.latestCode(ADMIN_EMAIL, "Confirm|Bestätige")));
        }
        return Accounts.signIn(ADMIN_EMAIL, Accounts.PASSWORD);
    }
}
