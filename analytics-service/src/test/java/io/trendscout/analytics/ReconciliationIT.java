package io.trendscout.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.trendscout.analytics.Events.Sent;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.TrendDetected;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.platform.test.PlatformIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Replays a generated event stream (shuffled, so many events arrive late, with duplicates and a
 * poison message) through the real broker and checks every aggregate the API reports against an
 * independent computation over the unique events, in several time zones and granularities.
 */
@PlatformIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationIT {

    static final LocalDate FIRST = LocalDate.of(2025, 3, 24);
    static final int DAYS = 12;
    static final EventStream STREAM = EventStream.generate(20250324, FIRST, DAYS, 4, 7, 3, 700);
    static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "Asia/Kolkata", "America/Los_Angeles");
    static final List<String> GRANULARITIES = List.of("day", "week", "month");
    static final LocalDate FROM = FIRST.plusDays(1);
    static final LocalDate TO = FIRST.plusDays(DAYS - 2);
    static boolean replayed;

    @Value("${local.server.port}")
    int port;

    @Value("${trendscout.test.schema}")
    String schema;

    @Autowired
    JdbcTemplate jdbc;

    void replay() {
        if (replayed) {
            return;
        }
        Events.sendRaw("product.product-interacted.v1", "{not an envelope");
        Events.send(STREAM.delivery);
        awaitProcessed(STREAM.unique.stream().map(Sent::id).toList());
        replayed = true;
    }

    void awaitProcessed(List<UUID> ids) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> Events.processed(jdbc, schema, ids));
    }

    @Test
    @Order(1)
    void streamHasDuplicatesAndLateEvents() {
        assertThat(STREAM.delivery.size()).isGreaterThan(STREAM.unique.size() + 50);
        int late = 0;
        for (int i = 1; i < STREAM.delivery.size(); i++) {
            if (STREAM.delivery.get(i).occurredAt().isBefore(STREAM.delivery.get(i - 1).occurredAt())) {
                late++;
            }
        }
        assertThat(late).isGreaterThan(100);
    }

    @Test
    @Order(2)
    void userActivityReconcilesInEveryZoneAndGranularity() {
        replay();
        for (UUID user : STREAM.users) {
            Api api = Api.as(port, user, "USER");
            for (String tz : ZONES) {
                for (String granularity : GRANULARITIES) {
                    JsonNode report = api.get(query("/api/analytics/user", granularity, tz)).json();
                    Map<LocalDate, long[]> expected = STREAM.interactions(user, p -> true, ZoneId.of(tz), granularity, FROM, TO);
                    assertThat(series(report.get("series"))).as("%s %s %s", user, tz, granularity)
                            .isEqualTo(asLists(expected));
                    assertThat(counts(report.get("totals"))).isEqualTo(List.of(EventStream.sum(expected)[0],
                            EventStream.sum(expected)[1], EventStream.sum(expected)[2], EventStream.sum(expected)[3]));
                }
            }
        }
    }

    @Test
    @Order(3)
    void productAnalyticsReconcileForEachUserAndPlatformWide() {
        replay();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        for (UUID user : STREAM.users) {
            JsonNode report = Api.as(port, user, "USER")
                    .get(query("/api/analytics/products", "week", "Europe/Berlin") + "&limit=500").json();
            assertThat(report.get("scope").asString()).isEqualTo("mine");
            assertProducts(report, user, berlin, "week");
        }
        JsonNode platform = Api.as(port, UUID.randomUUID(), "ADMIN")
                .get(query("/api/analytics/products", "day", "Europe/Berlin") + "&scope=platform&limit=500").json();
        assertProducts(platform, null, berlin, "day");
    }

    void assertProducts(JsonNode report, UUID user, ZoneId zone, String granularity) {
        Map<UUID, JsonNode> byId = new HashMap<>();
        report.get("products").forEach(p -> byId.put(UUID.fromString(p.get("productId").asString()), p));
        for (UUID product : STREAM.products) {
            Map<LocalDate, long[]> expected = STREAM.interactions(user, product::equals, zone, granularity, FROM, TO);
            if (expected.isEmpty()) {
                assertThat(byId).doesNotContainKey(product);
                continue;
            }
            JsonNode actual = byId.get(product);
            assertThat(actual).as("product %s of %s", product, user).isNotNull();
            long[] total = EventStream.sum(expected);
            assertThat(counts(actual)).isEqualTo(List.of(total[0], total[1], total[2], total[3]));
            assertThat(series(actual.get("series"))).isEqualTo(asLists(expected));
        }
    }

    @Test
    @Order(4)
    void trendAnalyticsReconcile() {
        replay();
        for (String tz : List.of("UTC", "Asia/Kolkata")) {
            ZoneId zone = ZoneId.of(tz);
            JsonNode report = Api.as(port, STREAM.users.getFirst(), "USER")
                    .get(query("/api/analytics/trends", "day", tz) + "&limit=500").json();
            Map<UUID, JsonNode> byId = new HashMap<>();
            report.get("trends").forEach(t -> byId.put(UUID.fromString(t.get("trendId").asString()), t));
            for (UUID trend : STREAM.trends) {
                List<TrendDetected> events = STREAM.trendEvents(trend, zone, FROM, TO);
                JsonNode actual = byId.get(trend);
                assertThat(actual).as("trend %s", trend).isNotNull();
                assertThat(actual.get("detections").asLong()).isEqualTo(events.size());
                assertThat(actual.get("maxScore").asInt()).isEqualTo(events.stream().mapToInt(TrendDetected::score).max().orElseThrow());
                assertThat(actual.get("lastScore").asInt()).isEqualTo(events.getLast().score());
                assertThat(actual.get("name").asString()).isEqualTo(events.getLast().name());
                assertThat(actual.get("level").asString()).isEqualTo(events.getLast().level());
                Map<LocalDate, List<TrendDetected>> perDay = new java.util.TreeMap<>();
                events.forEach(e -> perDay.computeIfAbsent(EventStream.periodOf(occurred(e), zone, "day"),
                        d -> new ArrayList<>()).add(e));
                List<List<Object>> expected = perDay.entrySet().stream().map(e -> List.<Object>of(e.getKey().toString(),
                        (long) e.getValue().size(), e.getValue().stream().mapToInt(TrendDetected::score).max().orElseThrow(),
                        e.getValue().getLast().score())).toList();
                List<List<Object>> seen = new ArrayList<>();
                actual.get("series").forEach(p -> seen.add(List.of(p.get("period").asString(), p.get("detections").asLong(),
                        p.get("maxScore").asInt(), p.get("lastScore").asInt())));
                assertThat(seen).isEqualTo(expected);
            }
        }
    }

    @Test
    @Order(5)
    void tiktokGrowthReconciles() {
        replay();
        for (UUID user : STREAM.users) {
            for (String granularity : GRANULARITIES) {
                JsonNode report = Api.as(port, user, "USER").get(query("/api/analytics/tiktok", granularity, "America/Los_Angeles")).json();
                Map<LocalDate, StatsFetched> expected = STREAM.tiktok(user, ZoneId.of("America/Los_Angeles"), granularity, FROM, TO);
                List<List<Object>> want = expected.entrySet().stream().map(e -> List.<Object>of(e.getKey().toString(),
                        e.getValue().followers(), e.getValue().engagementRate(), e.getValue().fetchedAt())).toList();
                List<List<Object>> seen = new ArrayList<>();
                report.get("series").forEach(p -> seen.add(List.of(p.get("period").asString(), p.get("followers").asLong(),
                        p.get("engagementRate").asDouble(), Instant.parse(p.get("fetchedAt").asString()))));
                assertThat(seen).as("%s %s", user, granularity).isEqualTo(want);
                List<StatsFetched> points = List.copyOf(expected.values());
                assertThat(report.get("followersGrowth").asLong())
                        .isEqualTo(points.getLast().followers() - points.getFirst().followers());
            }
        }
    }

    @Test
    @Order(6)
    void dashboardReconcilesWithThePreviousPeriod() {
        replay();
        LocalDate from = FIRST.plusDays(6);
        LocalDate to = FIRST.plusDays(10);
        LocalDate prevFrom = FIRST.plusDays(1);
        LocalDate prevTo = FIRST.plusDays(5);
        ZoneId zone = ZoneId.of("Europe/Berlin");
        for (UUID user : STREAM.users) {
            JsonNode dash = Api.as(port, user, "USER").get("/api/analytics/dashboard?from=" + from + "&to=" + to
                    + "&tz=Europe/Berlin").json();
            assertThat(dash.get("previousFrom").asString()).isEqualTo(prevFrom.toString());
            long[] now = EventStream.sum(STREAM.interactions(user, p -> true, zone, "day", from, to));
            long[] before = EventStream.sum(STREAM.interactions(user, p -> true, zone, "day", prevFrom, prevTo));
            JsonNode kpis = dash.get("kpis");
            assertKpi(kpis.get("views"), now[0], before[0]);
            assertKpi(kpis.get("saves"), now[1], before[1]);
            assertKpi(kpis.get("collectionAdds"), now[3], before[3]);
            StatsFetched stats = STREAM.statsAsOf(user, to.plusDays(1).atStartOfDay(zone).toInstant()).orElseThrow();
            StatsFetched statsBefore = STREAM.statsAsOf(user, prevTo.plusDays(1).atStartOfDay(zone).toInstant()).orElseThrow();
            assertKpi(kpis.get("tiktokFollowers"), stats.followers(), statsBefore.followers());
            assertThat(kpis.get("tiktokEngagementRate").get("current").asDouble()).isEqualTo(stats.engagementRate());
            assertThat(kpis.get("tiktokEngagementRate").get("previous").asDouble()).isEqualTo(statsBefore.engagementRate());

            List<String> expectedTop = STREAM.products.stream()
                    .map(p -> Map.entry(p, EventStream.sum(STREAM.interactions(user, p::equals, zone, "day", from, to))))
                    .filter(e -> e.getValue()[0] + e.getValue()[1] + e.getValue()[2] + e.getValue()[3] > 0)
                    .sorted(Comparator.<Map.Entry<UUID, long[]>>comparingLong(e -> -e.getValue()[0])
                            .thenComparingLong(e -> -e.getValue()[1]).thenComparingLong(e -> -e.getValue()[3])
                            .thenComparing(e -> e.getKey().toString()))
                    .limit(5).map(e -> e.getKey() + ":" + e.getValue()[0] + ":" + e.getValue()[1]).toList();
            List<String> top = new ArrayList<>();
            dash.get("topProducts").forEach(p -> top.add(p.get("productId").asString() + ":" + p.get("views").asLong() + ":"
                    + p.get("saves").asLong()));
            assertThat(top).isEqualTo(expectedTop);

            Map<String, long[]> sync = STREAM.sync(user, zone, from, to);
            Map<String, List<Long>> seenSync = new HashMap<>();
            dash.get("syncHealth").forEach(s -> seenSync.put(s.get("channel").asString(),
                    List.of(s.get("upserts").asLong(), s.get("deletions").asLong())));
            Map<String, List<Long>> wantSync = new HashMap<>();
            sync.forEach((channel, c) -> wantSync.put(channel, List.of(c[0], c[1])));
            assertThat(seenSync).isEqualTo(wantSync);
            assertThat(dash.get("tiktok").size()).isEqualTo(STREAM.tiktok(user, zone, "day", from, to).size());
            assertThat(dash.get("topTrends").size()).isPositive();
        }
        assertThat(STREAM.sync(STREAM.users.getFirst(), zone, from, to)).isNotEmpty();
    }

    @Test
    @Order(7)
    void erasureDeletesPersonalAggregatesAndKeepsProductTotals() {
        replay();
        UUID erased = STREAM.users.get(1);
        Api admin = Api.as(port, UUID.randomUUID(), "ADMIN");
        String platformQuery = query("/api/analytics/products", "month", "UTC") + "&scope=platform&limit=500";
        JsonNode before = admin.get(platformQuery).json();

        List<Sent> erasure = List.of(new Sent(UUID.randomUUID(), new UserErased(erased, Instant.now()), Instant.now()));
        Events.send(erasure);
        Events.send(erasure);
        awaitProcessed(List.of(erasure.getFirst().id()));

        Api api = Api.as(port, erased, "USER");
        JsonNode user = api.get(query("/api/analytics/user", "day", "UTC")).json();
        assertThat(user.get("series").size()).isZero();
        assertThat(counts(user.get("totals"))).containsOnly(0L);
        assertThat(api.get(query("/api/analytics/tiktok", "day", "UTC")).json().get("series").size()).isZero();
        assertThat(api.get(query("/api/analytics/products", "day", "UTC")).json().get("products").size()).isZero();
        JsonNode dash = api.get("/api/analytics/dashboard?from=" + FROM + "&to=" + TO).json();
        assertThat(dash.get("syncHealth").size()).isZero();
        assertThat(dash.get("kpis").get("tiktokFollowers").get("current").isNull()).isTrue();
        assertThat(admin.get(platformQuery).json()).isEqualTo(before);

        // A late interaction of the erased user still counts anonymously, never personally again.
        UUID product = STREAM.products.getFirst();
        Instant at = FROM.plusDays(2).atStartOfDay(ZoneId.of("UTC")).toInstant();
        List<Sent> late = List.of(new Sent(UUID.randomUUID(),
                new ProductInteracted(erased, product, ProductInteracted.Kind.VIEWED, at), at));
        Events.send(late);
        awaitProcessed(List.of(late.getFirst().id()));
        assertThat(counts(api.get(query("/api/analytics/user", "day", "UTC")).json().get("totals"))).containsOnly(0L);
        long viewsBefore = views(before, product);
        assertThat(views(admin.get(platformQuery).json(), product)).isEqualTo(viewsBefore + 1);
        assertThat(views(Api.as(port, STREAM.users.get(0), "USER").get(query("/api/analytics/user", "day", "UTC")).json()
                .get("totals"), null)).isEqualTo(EventStream.sum(STREAM.interactions(STREAM.users.get(0), p -> true,
                        ZoneId.of("UTC"), "day", FROM, TO))[0]);
    }

    static long views(JsonNode node, UUID product) {
        if (product == null) {
            return node.get("views").asLong();
        }
        for (JsonNode p : node.get("products")) {
            if (p.get("productId").asString().equals(product.toString())) {
                return p.get("views").asLong();
            }
        }
        return 0;
    }

    static Instant occurred(TrendDetected event) {
        return STREAM.unique.stream().filter(s -> s.payload() == event).findFirst().orElseThrow().occurredAt();
    }

    static void assertKpi(JsonNode kpi, long current, long previous) {
        assertThat(kpi.get("current").asLong()).isEqualTo(current);
        assertThat(kpi.get("previous").asLong()).isEqualTo(previous);
        assertThat(kpi.get("change").asLong()).isEqualTo(current - previous);
    }

    static String query(String path, String granularity, String tz) {
        return path + "?from=" + FROM + "&to=" + TO + "&granularity=" + granularity + "&tz=" + tz;
    }

    static List<Long> counts(JsonNode node) {
        return List.of(node.get("views").asLong(), node.get("saves").asLong(), node.get("unsaves").asLong(),
                node.get("collectionAdds").asLong());
    }

    static List<List<Object>> series(JsonNode series) {
        List<List<Object>> rows = new ArrayList<>();
        series.forEach(p -> {
            List<Object> row = new ArrayList<>();
            row.add(p.get("period").asString());
            row.addAll(counts(p));
            rows.add(row);
        });
        return rows;
    }

    static List<List<Object>> asLists(Map<LocalDate, long[]> expected) {
        List<List<Object>> rows = new ArrayList<>();
        expected.forEach((day, c) -> rows.add(List.of(day.toString(), c[0], c[1], c[2], c[3])));
        return rows;
    }
}
