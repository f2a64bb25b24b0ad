package io.trendscout.trend.sources.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.trendscout.sandbox.tiktok.TiktokFake;
import io.trendscout.sandbox.world.PlantedTrend;
import io.trendscout.sandbox.world.SandboxWorld;
import io.trendscout.sandbox.world.WorldClock;
import io.trendscout.sandbox.world.WorldVideo;
import io.trendscout.trend.sources.PollOutcome;
import io.trendscout.trend.sources.SourceFailure;
import io.trendscout.trend.sources.SourceKind;
import io.trendscout.trend.trends.Observation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The Research API source against the TikTok fake serving a stopped sandbox world. */
class ResearchApiSourceTests {

    static final Instant ANCHOR = Instant.parse("2026-03-10T12:00:00Z");
    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    static final Instant HORIZON = LocalDate.ofInstant(ANCHOR, ZoneOffset.UTC).minusDays(89).atStartOfDay(ZoneOffset.UTC).toInstant();
    static final String QUERY = "/v2/research/video/query";
    static SandboxWorld world;
    static TiktokFake fake;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

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
    void discoversPlantedHashtagsSoundsAndCreatorsWithTheBucketSumsOfTheirVideos() {
        ResearchApiSource source = source(List.of("US", "GB", "DE"), 1.0, 100);
        assertThat(source.name()).isEqualTo("tiktok-research");
        assertThat(source.kind()).isEqualTo(SourceKind.RESEARCH);
        assertThat(source.enabled()).isTrue();
        InMemoryPollContext context = context();

        PollOutcome outcome = source.poll(context);

        assertThat(outcome.partial()).as(String.valueOf(outcome.note())).isFalse();
        int checked = 0;
        for (PlantedTrend p : world.truth().all()) {
            if (!List.of("US", "GB", "DE").contains(p.region())) {
                continue;
            }
            String key = switch (p.type()) {
                case "SOUND" -> "SOUND|sound " + p.externalId() + "|" + p.region();
                default -> p.type() + "|" + p.name() + "|" + p.region();
            };
            assertThat(sums(context.series(key))).as(key).isNotEmpty().isEqualTo(expected(carrying(p), p.region()));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
        Map<Instant, List<Long>> panel = sums(context.series("HASHTAG|panelpick|US"));
        assertThat(panel.values().stream().mapToLong(v -> v.get(1)).sum()).isEqualTo(10);
        assertThat(context.store.values().stream().filter(o -> o.type().name().equals("SOUND")))
                .allSatisfy(o -> assertThat(o.details().externalId()).isEqualTo(o.name().substring("sound ".length())));
        assertThat(context.store.values()).allSatisfy(o -> {
            assertThat(o.measure()).isEqualTo(Observation.Measure.INCREMENT);
            assertThat(o.bucket()).isEqualTo(Observation.Bucket.HOUR);
            assertThat(o.source()).isEqualTo("tiktok-research");
        });
        assertThat(context.quota.requests).isEqualTo(fake.calls(QUERY));
        assertThat(context.quota.records).isEqualTo(fake.researchRequests().stream().mapToLong(TiktokFake.ResearchRequest::videos).sum());
    }

    @Test
    void pagesAWindowWithTheCursorAndTheSearchIdOfItsFirstPage() {
        InMemoryPollContext context = context();
        source(List.of("US"), 1.0, 20).poll(context);

        List<TiktokFake.ResearchRequest> requests = fake.researchRequests();
        assertThat(requests).filteredOn(r -> r.cursor() > 0).isNotEmpty().allSatisfy(r -> assertThat(r.searchId()).isNotBlank());
        assertThat(requests).filteredOn(r -> r.cursor() == 0).allSatisfy(r -> assertThat(r.searchId()).isNull());
        PlantedTrend peaking = planted("blindboxunboxing");
        assertThat(sums(context.series("HASHTAG|blindboxunboxing|US"))).isEqualTo(expected(carrying(peaking), "US"));
    }

    @Test
    void rePollingReplacesTheRecentBucketsAndNeverCountsTwice() {
        ResearchApiSource source = source(List.of("US", "GB"), 1.0, 100);
        InMemoryPollContext context = context();
        source.poll(context);
        Map<InMemoryPollContext.Bucket, Observation> first = new HashMap<>(context.store);
        String cursor = context.cursor;
        int requestsBefore = fake.researchRequests().size();
        int emittedBefore = context.emitted.size();

        assertThat(source.poll(context).partial()).isFalse();

        assertThat(context.emitted.size()).isGreaterThan(emittedBefore);
        String yesterday = DAY.format(LocalDate.ofInstant(ANCHOR, ZoneOffset.UTC).minusDays(1));
        assertThat(fake.researchRequests().subList(requestsBefore, fake.researchRequests().size()))
                .as("only the recent windows are read again").isNotEmpty()
                .allSatisfy(r -> assertThat(r.startDate()).isEqualTo(yesterday));
        assertThat(context.store).hasSameSizeAs(first);
        context.store.forEach((bucket, o) -> assertThat(o.counts()).isEqualTo(first.get(bucket).counts()));
        assertThat(context.cursor).isEqualTo(cursor);
    }

    @Test
    void theDailyQuotaStopsTheCycleAndKeepsWhatWasRead() {
        fake.researchQuota(3, 100_000);
        InMemoryPollContext context = context();

        // small regions: each recent window is one page
        PollOutcome outcome = source(List.of("FR", "IT", "MX"), 1.0, 100).poll(context);

        assertThat(outcome.partial()).isTrue();
        assertThat(outcome.note()).contains("daily_quota_limit_exceeded");
        String yesterday = DAY.format(LocalDate.ofInstant(ANCHOR, ZoneOffset.UTC).minusDays(1));
        String today = DAY.format(LocalDate.ofInstant(ANCHOR, ZoneOffset.UTC));
        assertThat(context.cursor).isEqualTo("v1;FR=" + yesterday + "-" + today + ";IT=" + yesterday + "-" + today + ";MX="
                + yesterday + "-" + today + ";");
        assertThat(fake.calls(QUERY)).isEqualTo(4);

        fake.reset();
        InMemoryPollContext limited = new InMemoryPollContext(ANCHOR, 2, 0);
        PollOutcome own = source(List.of("US", "GB", "DE"), 1.0, 100).poll(limited);
        assertThat(own.note()).contains("daily Research API quota spent");
        assertThat(fake.calls(QUERY)).isEqualTo(2);
    }

    @Test
    void theCycleBudgetSpreadsTheDailyQuotaOverTheRestOfTheDay() {
        InMemoryPollContext context = context();
        // 12:00 UTC, 15-minute cycles: 48 cycles left today share 1,000 requests, 21 each
        PollOutcome outcome = source(List.of("US", "GB", "DE", "FR", "ES", "IT", "MX"), 0, 100).poll(context);

        assertThat(outcome.partial()).isTrue();
        assertThat(outcome.note()).contains("cycle budget spent");
        assertThat(fake.calls(QUERY)).isLessThanOrEqualTo(21).isGreaterThanOrEqualTo(7);
        assertThat(context.checkpoints).isNotEmpty();
    }

    @Test
    void aServerErrorIsRetriedOnceThenFailsAndTheNextCycleResumesFromTheCheckpoint() {
        ResearchApiSource source = source(List.of("US"), 0, 100);
        InMemoryPollContext context = context();
        source.poll(context);
        String checkpoint = context.cursor;
        LocalDate oldest = LocalDate.parse(checkpoint.substring(checkpoint.indexOf('=') + 1, checkpoint.indexOf('-')), DAY);
        assertThat(oldest).isAfter(LocalDate.ofInstant(HORIZON, ZoneOffset.UTC));

        fake.failNext(5, 503);
        int before = fake.calls(QUERY);
        assertThatThrownBy(() -> source.poll(context)).isInstanceOf(SourceFailure.class).hasMessageContaining("503");
        assertThat(fake.calls(QUERY) - before).as("one call and one retry, no loop").isEqualTo(2);
        assertThat(context.cursor).isEqualTo(checkpoint);

        fake.failNext(0, 500);
        int seen = fake.researchRequests().size();
        source.poll(context);
        List<TiktokFake.ResearchRequest> resumed = fake.researchRequests().subList(seen, fake.researchRequests().size());
        assertThat(resumed.stream().filter(r -> r.cursor() == 0).skip(1).toList())
                .allSatisfy(r -> assertThat(LocalDate.parse(r.endDate(), DAY)).isBefore(oldest));
        assertThat(resumed.stream().skip(1).filter(r -> r.cursor() == 0).findFirst().orElseThrow().endDate())
                .isEqualTo(DAY.format(oldest.minusDays(1)));
    }

    @Test
    void aMalformedPageFailsTheCycleAndNothingOfItsWindowIsCheckpointed() {
        for (String mode : List.of("truncated", "wrong-types")) {
            fake.reset();
            fake.malformResearchPage(1, mode);
            InMemoryPollContext context = context();

            assertThatThrownBy(() -> source(List.of("US"), 1.0, 20).poll(context)).isInstanceOf(SourceFailure.class)
                    .hasMessageContaining("malformed");

            assertThat(fake.calls(QUERY)).isEqualTo(2);
            assertThat(context.emitted).isEmpty();
            assertThat(context.checkpoints).isEmpty();
        }
    }

    @Test
    void theClientTokenIsRenewedBeforeItExpiresAndWhenRefused() {
        fake.researchTokenLifetime(Duration.ofSeconds(60));
        ResearchApiSource source = source(List.of("GB"), 1.0, 100);
        InMemoryPollContext context = context();
        source.poll(context);
        assertThat(fake.calls("/v2/oauth/token")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        source.poll(context);
        assertThat(fake.calls("/v2/oauth/token")).isEqualTo(1);

        // 55 s of a 60 s token: inside the renewal margin (a tenth of the lifetime, at most 5 minutes)
        clock.advance(Duration.ofSeconds(25));
        source.poll(context);
        assertThat(fake.calls("/v2/oauth/token")).isEqualTo(2);

        fake.expireResearchTokens();
        assertThat(source.poll(context).partial()).isFalse();
        assertThat(fake.calls("/v2/oauth/token")).isEqualTo(3);
    }

    @Test
    void theBackfillCoversNinetyDaysInWindowsOfAtMostThirtyDays() {
        InMemoryPollContext context = context();
        source(List.of("US"), 1.0, 100).poll(context);

        List<TiktokFake.ResearchRequest> firstPages = fake.researchRequests().stream().filter(r -> r.cursor() == 0).toList();
        Set<LocalDate> covered = new HashSet<>();
        for (TiktokFake.ResearchRequest r : firstPages) {
            LocalDate start = LocalDate.parse(r.startDate(), DAY);
            LocalDate end = LocalDate.parse(r.endDate(), DAY);
            assertThat(ChronoUnit.DAYS.between(start, end)).isLessThanOrEqualTo(29);
            start.datesUntil(end.plusDays(1)).forEach(covered::add);
        }
        LocalDate today = LocalDate.ofInstant(ANCHOR, ZoneOffset.UTC);
        assertThat(covered).containsAll(today.minusDays(89).datesUntil(today.plusDays(1)).toList());
        assertThat(covered).allSatisfy(d -> assertThat(d).isAfterOrEqualTo(today.minusDays(89)));
    }

    @Test
    void withoutCredentialsTheSourceIsDisabled() {
        var noSecret = new ResearchApiProperties(true, URI.create(fake.baseUrl()), "key", null, List.of("US"),
                Duration.ofMinutes(15), 1000, 100_000, Duration.ofDays(90), 2, 0.1, 100, Duration.ofSeconds(5), Duration.ofSeconds(30));
        assertThat(new ResearchApiSource(noSecret, RestClient.builder(), clock).enabled()).isFalse();
    }

    // ----- helpers

    ResearchApiSource source(List<String> regions, double backfillShare, int maxCount) {
        return new ResearchApiSource(new ResearchApiProperties(true, URI.create(fake.baseUrl()), "sandbox-research-client-key",
                "sandbox-research-client-secret", regions, Duration.ofMinutes(15), 1000, 100_000, Duration.ofDays(90), 2,
                backfillShare, maxCount, Duration.ofSeconds(5), Duration.ofSeconds(30)), RestClient.builder(), clock);
    }

    static InMemoryPollContext context() {
        return new InMemoryPollContext(ANCHOR, 0, 0);
    }

    static PlantedTrend planted(String name) {
        return world.truth().all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    static Predicate<WorldVideo> carrying(PlantedTrend p) {
        return switch (p.type()) {
            case "HASHTAG" -> v -> v.hashtags().contains(p.name());
            case "SOUND" -> v -> v.musicId().equals(p.externalId());
            default -> v -> v.username().equals(p.name());
        };
    }

    /** Per creation hour, computed from the world itself: [views, videos, likes]. */
    static Map<Instant, List<Long>> expected(Predicate<WorldVideo> carries, String region) {
        Map<Instant, long[]> sums = new TreeMap<>();
        for (WorldVideo v : world.tiktok().publishedBetween(HORIZON, ANCHOR)) {
            if (v.region().equals(region) && carries.test(v)) {
                Instant hour = v.createTime().truncatedTo(ChronoUnit.HOURS);
                long[] s = sums.computeIfAbsent(hour, h -> new long[4]);
                s[0] += v.countsAt(ANCHOR).views();
                s[1]++;
                s[3] += v.countsAt(ANCHOR).likes();
            }
        }
        Map<Instant, List<Long>> result = new TreeMap<>();
        sums.forEach((hour, s) -> result.put(hour, List.of(s[0], s[1], s[3])));
        return result;
    }

    static Map<Instant, List<Long>> sums(Map<Instant, Observation> series) {
        Map<Instant, List<Long>> result = new TreeMap<>();
        series.forEach((hour, o) -> {
            // breadth is a 7-day gauge within the window read (see WindowAggregation)
            assertThat(o.counts().creators()).as("breadth at " + hour).isPositive();
            result.put(hour, List.of(o.counts().views(), o.counts().videos(), o.counts().likes()));
        });
        return result;
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
