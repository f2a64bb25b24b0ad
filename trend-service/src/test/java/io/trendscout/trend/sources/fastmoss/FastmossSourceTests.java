package io.trendscout.trend.sources.fastmoss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.trendscout.sandbox.fastmoss.FastmossFake;
import io.trendscout.sandbox.fastmoss.FastmossMarket;
import io.trendscout.sandbox.fastmoss.MarketProduct;
import io.trendscout.sandbox.fastmoss.SignatureScheme;
import io.trendscout.sandbox.world.PlantedTrend;
import io.trendscout.sandbox.world.SandboxWorld;
import io.trendscout.sandbox.world.WorldClock;
import io.trendscout.trend.sources.PollOutcome;
import io.trendscout.trend.sources.SourceFailure;
import io.trendscout.trend.sources.SourceKind;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TrendType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The FastMoss source against the in-process sandbox fake of the FastMoss OPEN API. */
class FastmossSourceTests {

    static final Instant ANCHOR = Instant.parse("2026-03-10T14:00:00Z");
    static final Instant NOW = ANCHOR.plus(Duration.ofHours(2));
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static FastmossFake fake;

    final List<Duration> pauses = new ArrayList<>();

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
        // unpaced test cycles would meet the per-second limit; its own test turns it on
        fake.frequencyLimit(0);
    }

    @Test
    void everyPlantedProductIsDiscoveredWithTheDailyUnitsTheMarketSold() {
        MemoryPollContext context = new MemoryPollContext(NOW, 0);
        PollOutcome outcome = source(Map.of()).poll(context);

        assertThat(outcome.partial()).isFalse();
        assertThat(context.skipped).isEmpty();
        assertThat(context.emitted).allSatisfy(o -> {
            assertThat(o.source()).isEqualTo("fastmoss");
            assertThat(o.type()).isEqualTo(TrendType.PRODUCT);
            assertThat(o.bucket()).isEqualTo(Observation.Bucket.DAY);
            assertThat(o.measure()).isEqualTo(Observation.Measure.INCREMENT);
            assertThat(o.fetchedAt()).isEqualTo(NOW);
        });
        Set<String> products = context.emitted.stream().map(o -> o.details().externalId()).collect(Collectors.toSet());
        assertThat(products).hasSizeBetween(100, 300);
        assertThat(fake.trendRequests()).allSatisfy(r -> assertThat(r.days()).isEqualTo(28));

        FastmossMarket market = fake.market();
        List<PlantedTrend> planted = fake.world().truth().all().stream().filter(p -> p.type().equals("PRODUCT")).toList();
        assertThat(planted).hasSize(12);
        for (PlantedTrend trend : planted) {
            MarketProduct product = market.product(trend.externalId());
            List<Observation> series = context.emitted.stream()
                    .filter(o -> o.name().equals(trend.name()) && o.region().equals(trend.region())).toList();
            assertThat(series).as("%s %s", trend.shape(), trend.name()).hasSize(28);
            for (Observation o : series) {
                LocalDate day = LocalDate.ofInstant(o.at(), ZoneOffset.UTC);
                long units = market.unitsSold(product, day, NOW);
                assertThat(o.category()).isEqualTo(trend.category());
                assertThat(o.counts().units()).as("%s on %s", trend.name(), day).isEqualTo(units);
                assertThat(o.counts().gmv()).isEqualTo(market.gmv(product, units).setScale(0, RoundingMode.HALF_EVEN).longValueExact());
                assertThat(o.counts().creators()).isEqualTo(day.equals(TODAY) ? market.creatorCount(product, NOW) : 0);
                assertThat(o.details().externalId()).isEqualTo(product.productId());
                assertThat(o.details().displayName()).isEqualTo(product.title().length() > 200 ? product.title().substring(0, 200) : product.title());
                assertThat(o.details().attributes()).containsEntry("price", product.price().toPlainString())
                        .containsEntry("currency", product.currency())
                        .containsEntry("commissionRate", String.valueOf(product.commissionRate()));
            }
            assertThat(series.stream().map(Observation::at).collect(Collectors.toSet()))
                    .contains(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), TODAY.minusDays(27).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        assertThat(context.emitted).allSatisfy(o -> {
            String cover = o.details().attributes().get("cover");
            assertThat(cover == null || cover.startsWith("https://")).isTrue();
        });
    }

    @Test
    void theSignedStyleAuthenticatesAndWrongCredentialsFailTheCycle() {
        Map<String, String> signed = Map.of("auth-style", "signed", "regions", "GB", "max-products", "3");
        MemoryPollContext context = new MemoryPollContext(NOW, 0);
        assertThat(source(signed).poll(context).partial()).isFalse();
        assertThat(context.emitted).isNotEmpty();

        Map<String, String> wrong = new HashMap<>(signed);
        wrong.put("client-secret", "not-the-secret");
        assertThatThrownBy(() -> source(wrong).poll(new MemoryPollContext(NOW, 0)))
                .isInstanceOf(SourceFailure.class).hasMessageContaining("30001").hasMessageNotContaining("not-the-secret");

        Map<String, String> otherAlgorithm = new HashMap<>(signed);
        otherAlgorithm.put("sign-algorithm", "sha256");
        assertThatThrownBy(() -> source(otherAlgorithm).poll(new MemoryPollContext(NOW, 0))).hasMessageContaining("30001");
        fake.signatureScheme(SignatureScheme.sha256());
        assertThat(source(otherAlgorithm).poll(new MemoryPollContext(NOW, 0)).partial()).isFalse();

        assertThatThrownBy(() -> source(Map.of("access-token", "wrong", "regions", "GB")).poll(new MemoryPollContext(NOW, 0)))
                .isInstanceOf(SourceFailure.class).hasMessageContaining("30001");
    }

    @Test
    void aBadParameterSkipsThatRequestAndTheCycleGoesOn() {
        MemoryPollContext context = new MemoryPollContext(NOW, 0);
        PollOutcome outcome = source(Map.of("regions", "US", "categories", "6,999", "max-products", "20")).poll(context);

        assertThat(outcome.partial()).isFalse();
        assertThat(context.skipped).hasSize(4).allSatisfy(reason -> assertThat(reason).contains("10001").contains("999"));
        assertThat(context.emitted).isNotEmpty().allSatisfy(o -> assertThat(o.category()).isEqualTo("phones & electronics"));
    }

    @Test
    void theDataLimitStopsTheCycleAndTheNextOneResumes() {
        // discovery answers 35 lists of 30, then each product 28 days
        fake.dataLimit(1_500);
        MemoryPollContext context = new MemoryPollContext(NOW, 0);
        PollOutcome stopped = source(Map.of()).poll(context);

        assertThat(stopped.partial()).isTrue();
        assertThat(stopped.note()).contains("30002");
        int done = fake.trendRequests().size();
        assertThat(done).isBetween(10, 20);
        assertThat(context.emitted).hasSize(done * 28);
        assertThat(context.cursor).isNotNull();

        fake.dataLimit(0);
        int before = fake.trendRequests().size();
        assertThat(source(Map.of()).poll(context.next()).partial()).isFalse();
        List<FastmossFake.TrendRequest> again = fake.trendRequests().subList(before, fake.trendRequests().size());
        Set<String> first = fake.trendRequests().subList(0, done).stream().map(FastmossFake.TrendRequest::productId)
                .collect(Collectors.toSet());
        assertThat(again).allSatisfy(r -> assertThat(r.days()).isEqualTo(first.contains(r.productId()) ? 2 : 28));
        assertThat(again.stream().filter(r -> r.days() == 2).count()).isEqualTo(first.size());
    }

    @Test
    void theFrequencyLimitIsRetriedWithBackoffThenStopsTheCycle() {
        fake.throttleNext(2);
        MemoryPollContext context = new MemoryPollContext(NOW, 0);
        assertThat(source(Map.of("regions", "IT", "max-products", "5")).poll(context).partial()).isFalse();
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(context.quota.requestsToday()).isEqualTo(fake.totalCalls());

        pauses.clear();
        fake.throttleNext(3);
        PollOutcome stopped = source(Map.of("regions", "IT", "max-products", "5")).poll(new MemoryPollContext(NOW, 0));
        assertThat(stopped.partial()).isTrue();
        assertThat(stopped.note()).contains("30003");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void pacingKeepsTheCycleUnderTheProvidersPerSecondLimit() {
        fake.frequencyLimit(4);
        FastmossProperties properties = bind(withDefaults(
                Map.of("regions", "IT", "max-products", "6", "http.requests-per-second", "3")));
        FastmossSource source = new FastmossSource(properties, FastmossClient.create(properties, JSON, Clock.systemUTC()),
                Pause.sleeping(), JSON);
        MemoryPollContext context = new MemoryPollContext(NOW, 0);
        assertThat(source.poll(context).partial()).isFalse();
        assertThat(fake.totalCalls()).isEqualTo(5 + 6);
    }

    @Test
    void aServerErrorFailsTheCycleAndTheNextResumesFromTheCheckpointWithoutCountingTwice() {
        MemoryPollContext context = new MemoryPollContext(NOW, 0);
        context.onCheckpoint = n -> {
            if (n == 5) {
                fake.failNext(1, 503);
            }
        };
        FastmossSource source = source(Map.of("regions", "US,GB", "max-products", "40"));
        assertThatThrownBy(() -> source.poll(context)).isInstanceOf(SourceFailure.class).hasMessageContaining("503");
        Map<String, Long> firstUnits = units(context.emitted);
        Set<String> done = fake.trendRequests().stream().limit(5).map(FastmossFake.TrendRequest::productId)
                .collect(Collectors.toSet());

        context.onCheckpoint = n -> { };
        int before = fake.trendRequests().size();
        assertThat(source.poll(context.next()).partial()).isFalse();
        List<FastmossFake.TrendRequest> again = fake.trendRequests().subList(before, fake.trendRequests().size());
        assertThat(again).hasSize(40)
                .allSatisfy(r -> assertThat(r.days()).isEqualTo(done.contains(r.productId()) ? 2 : 28));
        Map<String, Long> secondUnits = units(context.emitted);
        firstUnits.forEach((bucket, value) -> {
            if (secondUnits.containsKey(bucket)) {
                assertThat(secondUnits.get(bucket)).as(bucket).isEqualTo(value);
            }
        });
    }

    @Test
    void timeoutsAndMalformedAnswersFailTheCycleAndAbsurdValuesAreSkipped() {
        Map<String, String> small = Map.of("regions", "FR", "max-products", "3", "http.read-timeout", "300ms");
        fake.delayNext(1, 2_000);
        assertThatThrownBy(() -> source(small).poll(new MemoryPollContext(NOW, 0)))
                .isInstanceOf(SourceFailure.class).hasMessageContaining("unreachable or too slow");

        fake.malformedNext(1, "truncated");
        assertThatThrownBy(() -> source(small).poll(new MemoryPollContext(NOW, 0)))
                .isInstanceOf(SourceFailure.class).hasMessageContaining("malformed");
        fake.malformedNext(1, "html");
        assertThatThrownBy(() -> source(small).poll(new MemoryPollContext(NOW, 0)))
                .isInstanceOf(SourceFailure.class).hasMessageContaining("malformed");

        MemoryPollContext context = new MemoryPollContext(NOW, 0);
        context.onCheckpoint = n -> {
            if (n == 1) {
                fake.malformedNext(1, "absurd");
            }
        };
        assertThat(source(small).poll(context).partial()).isFalse();
        assertThat(context.skipped).hasSize(28).allSatisfy(reason -> assertThat(reason).contains("units"));
        assertThat(context.emitted.stream().map(o -> o.details().externalId()).distinct()).hasSize(2);
    }

    @Test
    void pollingAgainDeliversTheSameValuesForTheSameBuckets() {
        MemoryPollContext context = new MemoryPollContext(NOW, 0);
        FastmossSource source = source(Map.of("regions", "DE,ES", "max-products", "30"));
        source.poll(context);
        Map<String, Observation> first = context.emitted.stream().collect(Collectors.toMap(FastmossSourceTests::bucket, o -> o));
        source.poll(context.next());

        assertThat(context.emitted).hasSize(60);
        assertThat(context.emitted).allSatisfy(o -> {
            Observation earlier = first.get(bucket(o));
            assertThat(earlier).isNotNull();
            assertThat(o.counts()).isEqualTo(earlier.counts());
        });
    }

    @Test
    void theDailyRequestBudgetIsRespected() {
        MemoryPollContext context = new MemoryPollContext(NOW, 0);
        PollOutcome outcome = source(Map.of("daily-requests", "10")).poll(context);
        assertThat(outcome.partial()).isTrue();
        assertThat(outcome.note()).contains("budget");
        assertThat(context.quota.requestsToday()).isEqualTo(10);
        assertThat(fake.totalCalls()).isEqualTo(10);

        fake.reset();
        fake.clock(() -> NOW);
        MemoryPollContext limited = new MemoryPollContext(NOW, 7);
        assertThat(source(Map.of("daily-requests", "0")).poll(limited).note()).contains("quota");
        assertThat(fake.totalCalls()).isEqualTo(7);
    }

    @Test
    void itIsMarketDataAndOffWithoutCredentials() {
        assertThat(source(Map.of()).enabled()).isTrue();
        assertThat(source(Map.of()).kind()).isEqualTo(SourceKind.MARKET_DATA);
        assertThat(source(Map.of()).name()).isEqualTo("fastmoss");
        assertThat(source(Map.of("access-token", "")).enabled()).isFalse();
        assertThat(source(Map.of("auth-style", "signed", "client-secret", "")).enabled()).isFalse();
        FastmossProperties defaults = bind(Map.of());
        assertThat(defaults.baseUrl()).hasToString("https://openapi.fastmoss.com");
        assertThat(defaults.hasCredentials()).isFalse();
        assertThat(defaults.paths().salesTrend()).isEqualTo("/product/v1/salesTrend");
        assertThat(defaults.backfillDays()).isEqualTo(28);
    }

    // ----- helpers

    private FastmossSource source(Map<String, String> overrides) {
        FastmossProperties properties = bind(withDefaults(overrides));
        return new FastmossSource(properties, FastmossClient.create(properties, JSON, Clock.systemUTC()), pauses::add, JSON);
    }

    private static Map<String, String> withDefaults(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>();
        settings.put("base-url", fake.baseUrl());
        settings.put("client-id", FastmossFake.CLIENT_ID);
        settings.put("access-token", FastmossFake.ACCESS_TOKEN);
        settings.put("client-secret", FastmossFake.CLIENT_SECRET);
        settings.put("regions", "US,GB,DE,FR,ES,IT,MX");
        settings.put("ranking-day-lag", "0");
        settings.put("max-products", "300");
        settings.put("page-size", "30");
        settings.put("http.requests-per-second", "0");
        settings.putAll(overrides);
        return settings;
    }

    private static FastmossProperties bind(Map<String, String> settings) {
        Map<String, String> keys = new HashMap<>();
        settings.forEach((k, v) -> keys.put("trendscout.trend.fastmoss." + k, v));
        return new Binder(new MapConfigurationPropertySource(keys))
                .bindOrCreate("trendscout.trend.fastmoss", FastmossProperties.class);
    }

    private static String bucket(Observation o) {
        return o.seriesKey() + "@" + o.at();
    }

    private static Map<String, Long> units(List<Observation> observations) {
        return observations.stream().collect(Collectors.toMap(FastmossSourceTests::bucket, o -> o.counts().units(), (a, b) -> b));
    }
}
