package io.trendscout.sandbox.fastmoss;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.trendscout.sandbox.FakeExchange;
import io.trendscout.sandbox.world.PlantedTrend;
import io.trendscout.sandbox.world.SandboxWorld;
import io.trendscout.sandbox.world.Shape;
import io.trendscout.sandbox.world.WorldClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FastmossFakeTests {

    static final Instant ANCHOR = Instant.parse("2026-03-10T14:00:00Z");
    static final Instant NOW = ANCHOR.plus(Duration.ofHours(2));
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static FastmossFake fake;

    @BeforeAll
    static void start() {
        fake = new FastmossFake(0, new SandboxWorld(SandboxWorld.DEFAULT_SEED, WorldClock.real(ANCHOR)));
        fake.start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.reset();
        fake.clock(() -> NOW);
    }

    @Test
    void aThousandProductsWithDistinctTitlesInRealCategoriesAcrossSevenRegions() {
        List<MarketProduct> products = fake.market().products();
        assertThat(products).hasSize(1000);
        assertThat(products.stream().map(MarketProduct::title).distinct()).hasSize(1000);
        assertThat(products.stream().map(p -> ProductTitles.seriesName(p.title())).distinct()).hasSize(1000);
        assertThat(products.stream().map(MarketProduct::region).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("US", "GB", "DE", "FR", "ES", "IT", "MX");
        assertThat(products.stream().map(p -> p.category().name()).collect(Collectors.toSet())).hasSize(12);
        assertThat(products).allSatisfy(p -> {
            assertThat(p.productId()).matches("\\d{19}");
            assertThat(p.cover()).startsWith("http");
            assertThat(p.price().signum()).isPositive();
        });
        assertThat(products.stream().filter(p -> p.cover().startsWith("https://")).count()).isGreaterThan(900);
        assertThat(products.stream().filter(p -> p.title().length() > 100).count()).isPositive();
    }

    @Test
    void theSameSeedAndAnchorGiveTheSameMarketAndAnotherSeedAnother() {
        FastmossMarket again = new FastmossMarket(new SandboxWorld(SandboxWorld.DEFAULT_SEED, WorldClock.real(ANCHOR)));
        FastmossMarket other = new FastmossMarket(new SandboxWorld(7, WorldClock.real(ANCHOR)));
        LocalDate day = LocalDate.of(2026, 2, 20);
        for (int i = 0; i < 1000; i += 97) {
            MarketProduct p = fake.market().products().get(i);
            MarketProduct q = again.products().get(i);
            assertThat(q.productId()).isEqualTo(p.productId());
            assertThat(q.title()).isEqualTo(p.title());
            assertThat(again.unitsSold(q, day, NOW)).isEqualTo(fake.market().unitsSold(p, day, NOW));
        }
        assertThat(other.products().get(0).productId()).isNotEqualTo(fake.market().products().get(0).productId());
    }

    @Test
    void plantedProductsSellAtLeastFiveTimesTheirBaselineAroundThePeakAndAreInTheGroundTruth() {
        FastmossMarket market = fake.market();
        Instant later = ANCHOR.plus(Duration.ofDays(10));
        List<PlantedTrend> truth = fake.world().truth().all().stream().filter(t -> t.type().equals("PRODUCT")).toList();
        assertThat(truth).hasSize(12);
        Map<Shape, Long> shapes = truth.stream().collect(Collectors.groupingBy(PlantedTrend::shape, Collectors.counting()));
        assertThat(shapes).containsEntry(Shape.EMERGING, 2L).containsEntry(Shape.PEAKING, 2L)
                .containsEntry(Shape.DECAYING, 2L).containsEntry(Shape.WEEKLY_SEASONAL, 2L)
                .containsEntry(Shape.DECOY_SPIKE, 2L).containsEntry(Shape.DECOY_SLOW_GROWER, 2L);
        for (PlantedTrend trend : truth) {
            MarketProduct p = market.product(trend.externalId());
            assertThat(trend.type()).isEqualTo("PRODUCT");
            assertThat(trend.name()).isEqualTo(ProductTitles.seriesName(p.title()));
            assertThat(trend.region()).isEqualTo(p.region());
            assertThat(trend.category()).isEqualTo(p.category().seriesCategory());
            if (trend.shape() == Shape.DECOY_SLOW_GROWER) {
                continue;
            }
            double baseline = median(market, p, market.firstDay().plusDays(3), market.firstDay().plusDays(40), later);
            LocalDate peakDay = LocalDate.ofInstant(trend.peak(), ZoneOffset.UTC);
            long atPeak = Math.max(market.unitsSold(p, peakDay, later), market.unitsSold(p, peakDay.plusDays(1), later));
            assertThat(atPeak).as("%s %s", trend.shape(), trend.name()).isGreaterThanOrEqualTo(Math.round(5 * baseline));
            if (trend.isTrend()) {
                assertThat(market.creatorCount(p, trend.peak())).isGreaterThanOrEqualTo(15);
                assertThat(market.creatorCount(p, trend.peak())).isGreaterThan(market.creatorCount(p, market.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (trend.shape() == Shape.DECOY_SPIKE) {
                assertThat(market.unitsSold(p, peakDay.plusDays(2), later)).isLessThan(Math.round(2 * baseline));
            }
        }
        MarketProduct grower = market.product(truth.stream().filter(t -> t.shape() == Shape.DECOY_SLOW_GROWER)
                .findFirst().orElseThrow().externalId());
        double early = median(market, grower, market.firstDay().plusDays(1), market.firstDay().plusDays(14), later);
        double late = median(market, grower, market.firstDay().plusDays(76), market.firstDay().plusDays(89), later);
        assertThat(late / early).isBetween(1.5, 2.2);
    }

    @Test
    void theTrendEndpointAnswersTheLastDaysEndingTodaySoFar() throws Exception {
        MarketProduct p = fake.market().products().get(5);
        JsonNode answer = bearer(FastmossFake.SALES_TREND, "{\"filter\":{\"product_id\":\"" + p.productId() + "\",\"days\":7}}");
        assertThat(answer.path("code").asInt()).isZero();
        assertThat(answer.path("request_id").asString()).isNotBlank();
        JsonNode list = answer.at("/data/list");
        assertThat(list).hasSize(7);
        LocalDate today = LocalDate.of(2026, 3, 10);
        for (int i = 0; i < 7; i++) {
            LocalDate day = today.minusDays(6 - i);
            assertThat(list.get(i).path("dt").asString()).isEqualTo(day.toString());
            assertThat(list.get(i).path("units_sold").asLong()).isEqualTo(fake.market().unitsSold(p, day, NOW));
        }
        long wholeDay = fake.market().unitsSold(p, today, NOW.plus(Duration.ofDays(1)));
        assertThat(list.get(6).path("units_sold").asLong()).isLessThan(wholeDay).isGreaterThan(wholeDay / 2);
        assertThat(answer.at("/data/overview/creator_count").asInt()).isEqualTo(fake.market().creatorCount(p, NOW));
        assertThat(answer.at("/data/overview/currency").asString()).isEqualTo(p.currency());

        assertThat(bearer(FastmossFake.SALES_TREND, "{\"filter\":{\"product_id\":\"" + p.productId() + "\",\"days\":29}}")
                .path("code").asInt()).isEqualTo(10001);
        assertThat(bearer(FastmossFake.SALES_TREND, "{\"filter\":{\"product_id\":\"1700000000000000000\",\"days\":3}}")
                .path("code").asInt()).isEqualTo(20001);
    }

    @Test
    void topSalesPagesThroughARegionOrderedByGrowthWithTheEmergingProductOnTop() throws Exception {
        String body = "{\"filter\":{\"region\":\"US\",\"date_info\":{\"type\":\"day\",\"value\":\"2026-03-10\"}},"
                + "\"orderby\":[{\"field\":\"growth_rate\",\"order\":\"desc\"}],\"page\":%d,\"pagesize\":20}";
        JsonNode first = bearer(FastmossFake.TOP_SALES, body.formatted(1)).path("data");
        JsonNode second = bearer(FastmossFake.TOP_SALES, body.formatted(2)).path("data");
        long us = fake.market().products().stream().filter(p -> p.region().equals("US")).count();
        assertThat(first.path("total").asLong()).isEqualTo(us);
        assertThat(first.path("list")).hasSize(20);
        Set<String> ids = new HashSet<>();
        List<Double> growth = new ArrayList<>();
        for (JsonNode page : List.of(first, second)) {
            page.path("list").forEach(item -> {
                ids.add(item.path("product_id").asString());
                growth.add(item.path("growth_rate").asDouble());
                assertThat(item.path("region").asString()).isEqualTo("US");
            });
        }
        assertThat(ids).hasSize(40);
        assertThat(growth).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        String emerging = fake.world().truth().all().stream()
                .filter(t -> t.type().equals("PRODUCT") && t.shape() == Shape.EMERGING && t.region().equals("US")).findFirst().orElseThrow().externalId();
        assertThat(first.path("list").get(0).path("product_id").asString()).isEqualTo(emerging);

        JsonNode week = bearer(FastmossFake.TOP_SALES, "{\"filter\":{\"region\":\"US\",\"category_id\":6,"
                + "\"date_info\":{\"type\":\"week\",\"value\":\"2026-11\"}},\"orderby\":[{\"field\":\"units_sold\"}],\"pagesize\":5}");
        assertThat(week.at("/data/list")).allSatisfy(item -> assertThat(item.at("/category/id").asInt()).isEqualTo(6));
        MarketProduct top = fake.market().product(week.at("/data/list/0/product_id").asString());
        long expected = 0;
        for (LocalDate d = LocalDate.of(2026, 3, 9); !d.isAfter(LocalDate.of(2026, 3, 10)); d = d.plusDays(1)) {
            expected += fake.market().unitsSold(top, d, NOW);
        }
        assertThat(week.at("/data/list/0/units_sold").asLong()).isEqualTo(expected);
    }

    @Test
    void searchFiltersByKeywordsCategoryAndRangesAndOrdersByCreators() throws Exception {
        JsonNode answer = bearer(FastmossFake.SEARCH, "{\"keywords\":\"serum\",\"filter\":{\"region\":\"US\",\"l1_category_id\":1,"
                + "\"creator_count_range\":{\"min\":2}},\"orderby\":[{\"field\":\"creator_count\",\"order\":\"desc\"}],\"pagesize\":50}");
        JsonNode list = answer.at("/data/list");
        assertThat(list.size()).isPositive();
        List<Integer> creators = new ArrayList<>();
        list.forEach(item -> {
            assertThat(item.path("title").asString().toLowerCase()).contains("serum");
            assertThat(item.path("l1_category_id").asInt()).isEqualTo(1);
            creators.add(item.path("creator_count").asInt());
        });
        assertThat(creators).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(2)).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void badParametersAnswer10001InTheEnvelope() throws Exception {
        assertThat(bearer(FastmossFake.TOP_SALES, "{\"pagesize\":101}").path("code").asInt()).isEqualTo(10001);
        assertThat(bearer(FastmossFake.TOP_SALES, "{\"page\":6,\"pagesize\":100}").path("code").asInt()).isEqualTo(10001);
        assertThat(bearer(FastmossFake.TOP_SALES, "{\"filter\":{\"date_info\":{\"type\":\"day\",\"value\":\"2026-03-12\"}}}")
                .path("code").asInt()).isEqualTo(10001);
        assertThat(bearer(FastmossFake.TOP_SALES, "{\"filter\":{\"category_id\":999}}").path("code").asInt()).isEqualTo(10001);
        assertThat(bearer(FastmossFake.TOP_SALES, "{\"orderby\":[{\"field\":\"likes\"}]}").path("code").asInt()).isEqualTo(10001);
        JsonNode broken = bearer(FastmossFake.SEARCH, "{not json");
        assertThat(broken.path("code").asInt()).isEqualTo(10001);
        assertThat(broken.path("msg").asString()).isNotBlank();
        assertThat(broken.has("data")).isTrue();
        assertThat(broken.path("timestamp").asLong()).isPositive();
    }

    @Test
    void bothAuthStylesAreCheckedAndAWrongCredentialIs30001() throws Exception {
        String body = "{\"filter\":{\"region\":\"GB\"},\"pagesize\":3}";
        assertThat(signed(FastmossFake.TOP_SALES, body, FastmossFake.CLIENT_SECRET, Instant.now()).path("code").asInt()).isZero();
        assertThat(signed(FastmossFake.TOP_SALES, body, "wrong-secret", Instant.now()).path("code").asInt()).isEqualTo(30001);
        assertThat(signed(FastmossFake.TOP_SALES, body, FastmossFake.CLIENT_SECRET, Instant.now().minusSeconds(3600))
                .path("code").asInt()).isEqualTo(30001);
        assertThat(json(send(FastmossFake.TOP_SALES, body, null)).path("code").asInt()).isEqualTo(30001);
        assertThat(json(send(FastmossFake.TOP_SALES, body, "Bearer nope")).path("code").asInt()).isEqualTo(30001);

        fake.signatureScheme(SignatureScheme.sha256());
        assertThat(signed(FastmossFake.TOP_SALES, body, FastmossFake.CLIENT_SECRET, Instant.now()).path("code").asInt())
                .isEqualTo(30001);
    }

    @Test
    void frequencyAndDataLimitsAnswer30003And30002() throws Exception {
        fake.frequencyLimit(2);
        String body = "{\"pagesize\":10}";
        assertThat(bearer(FastmossFake.TOP_SALES, body).path("code").asInt()).isZero();
        assertThat(bearer(FastmossFake.TOP_SALES, body).path("code").asInt()).isZero();
        assertThat(bearer(FastmossFake.TOP_SALES, body).path("code").asInt()).isEqualTo(30003);

        fake.frequencyLimit(0);
        fake.throttleNext(1);
        assertThat(bearer(FastmossFake.TOP_SALES, body).path("code").asInt()).isEqualTo(30003);
        assertThat(bearer(FastmossFake.TOP_SALES, body).path("code").asInt()).isZero();

        fake.dataLimit(15);
        assertThat(bearer(FastmossFake.TOP_SALES, body).path("code").asInt()).isZero();
        assertThat(bearer(FastmossFake.TOP_SALES, body).path("code").asInt()).isZero();
        assertThat(fake.recordsToday()).isEqualTo(20);
        assertThat(bearer(FastmossFake.TOP_SALES, body).path("code").asInt()).isEqualTo(30002);
    }

    @Test
    void faultsAndHooksWorkOverHttp() throws Exception {
        hook("/__sandbox/fail-next?count=1&status=503");
        HttpResponse<String> failed = send(FastmossFake.SEARCH, "{}", "Bearer " + FastmossFake.ACCESS_TOKEN);
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(json(failed).path("code").asInt()).isEqualTo(40001);

        hook("/__sandbox/malformed-next?count=1&kind=truncated");
        HttpResponse<String> truncated = send(FastmossFake.SEARCH, "{}", "Bearer " + FastmossFake.ACCESS_TOKEN);
        assertThat(truncated.statusCode()).isEqualTo(200);
        assertThat(truncated.body()).startsWith("{\"code\":0").doesNotEndWith("}");

        fake.malformedNext(1, "absurd");
        JsonNode absurd = bearer(FastmossFake.SEARCH, "{}");
        assertThat(absurd.at("/data/list/0/units_sold").asLong()).isNegative();

        JsonNode truth = json(HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/__sandbox/truth")).build(),
                HttpResponse.BodyHandlers.ofString()));
        assertThat(truth.path("planted").valueStream().filter(t -> t.path("type").asString().equals("PRODUCT")).count())
                .isEqualTo(12);

        hook("/__sandbox/reset");
        assertThat(fake.totalCalls()).isZero();
    }

    // ----- helpers

    private static double median(FastmossMarket market, MarketProduct p, LocalDate from, LocalDate to, Instant now) {
        List<Long> values = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            values.add(market.unitsSold(p, d, now));
        }
        values.sort(Long::compare);
        return values.get(values.size() / 2);
    }

    private static JsonNode bearer(String path, String body) throws Exception {
        return json(send(path, body, "Bearer " + FastmossFake.ACCESS_TOKEN));
    }

    private static JsonNode signed(String path, String body, String secret, Instant at) throws Exception {
        TreeMap<String, String> params = new TreeMap<>(Map.of("client_id", FastmossFake.CLIENT_ID, "access_token",
                FastmossFake.ACCESS_TOKEN, "timestamp", String.valueOf(at.getEpochSecond()), "signature_version", "2"));
        params.put("sign", SignatureScheme.md5().sign(secret, path, params, body));
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return json(HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path + "?" + query))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private static HttpResponse<String> send(String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void hook(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return FakeExchange.JSON.readTree(response.body());
    }
}
