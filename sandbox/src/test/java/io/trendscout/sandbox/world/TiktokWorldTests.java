package io.trendscout.sandbox.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TiktokWorldTests {

    static final Instant ANCHOR = Instant.parse("2026-03-10T12:00:00Z");
    static final SandboxWorld WORLD = new SandboxWorld(SandboxWorld.DEFAULT_SEED, WorldClock.stopped(ANCHOR));
    static final List<WorldVideo> HISTORY = WORLD.tiktok().videosBetween(WORLD.clock().origin(), ANCHOR);

    @Test
    void theSameSeedMakesTheSameWorldAndAnotherSeedAnotherOne() {
        SandboxWorld again = new SandboxWorld(SandboxWorld.DEFAULT_SEED, WorldClock.stopped(ANCHOR));
        assertThat(again.tiktok().videosBetween(WORLD.clock().origin(), ANCHOR)).isEqualTo(HISTORY);
        assertThat(again.truth().all()).isEqualTo(WORLD.truth().all());
        SandboxWorld other = new SandboxWorld(7, WorldClock.stopped(ANCHOR));
        assertThat(other.tiktok().videosBetween(WORLD.clock().origin(), ANCHOR)).isNotEqualTo(HISTORY);
    }

    @Test
    void theWorldHasHundredsOfEntitiesAndThousandsOfVideosInSevenRegions() {
        TiktokWorld tiktok = WORLD.tiktok();
        assertThat(tiktok.hashtags()).hasSizeBetween(280, 320);
        assertThat(tiktok.sounds()).hasSizeBetween(140, 160);
        assertThat(tiktok.creators()).hasSizeBetween(280, 320);
        assertThat(HISTORY).hasSizeBetween(5_000, 10_000);
        assertThat(HISTORY.stream().map(WorldVideo::region).distinct()).containsExactlyInAnyOrder("US", "GB", "DE", "FR", "ES",
                "IT", "MX");
        assertThat(HISTORY.stream().map(WorldVideo::id).distinct().count()).isEqualTo(HISTORY.size());
        assertThat(HISTORY).allSatisfy(v -> {
            assertThat(v.hashtags()).allSatisfy(h -> assertThat(v.description()).contains("#" + h));
            assertThat(v.musicId()).matches("\\d{19}");
        });
        assertThat(tiktok.connectableUsernames()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(tiktok.connectableUsernames()).containsAll(tiktok.panelUsernames());
    }

    @Test
    void countersGrowAfterPostingAndNeverGoDown() {
        WorldVideo video = HISTORY.get(HISTORY.size() / 2);
        long previous = -1;
        for (int hours = 0; hours <= 24 * 10; hours += 6) {
            long views = video.countsAt(video.createTime().plus(Duration.ofHours(hours))).views();
            assertThat(views).isGreaterThanOrEqualTo(previous);
            previous = views;
        }
        VideoCounts day1 = video.countsAt(video.createTime().plus(Duration.ofDays(1)));
        assertThat(day1.views()).isGreaterThan(video.finalViews() * 3 / 4).isLessThan(video.finalViews());
        assertThat(video.countsAt(video.createTime().minusSeconds(1)).views()).isZero();
    }

    @Test
    void timeRunsOnAfterTheAnchor() {
        Instant anchor = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofHours(6));
        SandboxWorld running = new SandboxWorld(SandboxWorld.DEFAULT_SEED, WorldClock.real(anchor));
        List<WorldVideo> afterAnchor = running.tiktok().publishedBetween(anchor, anchor.plus(Duration.ofDays(1)));
        assertThat(afterAnchor).isNotEmpty().allSatisfy(v -> assertThat(v.createTime()).isBefore(Instant.now()));
        assertThat(running.tiktok().publishedBetween(Instant.now().plusSeconds(3600), Instant.now().plus(Duration.ofDays(1))))
                .isEmpty();
    }

    @Test
    void plantedTrendsRiseAtLeastFivefoldOverTheirOwnBaselineAndAreCarriedByManyCreators() {
        for (PlantedTrend p : WORLD.truth().all()) {
            if (!p.isTrend() || p.name().equals(WORLD.tiktok().panelHashtag())) {
                continue;
            }
            List<WorldVideo> videos = WORLD.tiktok().videosBetween(WORLD.clock().origin(), ANCHOR.plus(Duration.ofDays(3)))
                    .stream().filter(carrying(p)).toList();
            Map<Long, Long> daily = dailyViews(videos, p.peak().plus(Duration.ofDays(3)));
            double baseline = daily.entrySet().stream().filter(e -> e.getKey() >= 30 && e.getKey() < 80)
                    .mapToLong(Map.Entry::getValue).sorted().skip(20).findFirst().orElseThrow();
            long aroundPeak = daily.getOrDefault(3L, 0L) + daily.getOrDefault(2L, 0L);
            assertThat(aroundPeak / 2.0).as("%s %s: daily views around the peak vs baseline %s", p.type(), p.name(), baseline)
                    .isGreaterThanOrEqualTo(5 * baseline);
            if (!p.type().equals("CREATOR")) {
                long creators = videos.stream().filter(v -> v.createTime().isAfter(p.peak().minus(Duration.ofDays(3)))
                        && v.createTime().isBefore(p.peak().plus(Duration.ofDays(1)))).map(WorldVideo::username).distinct().count();
                assertThat(creators).as("%s creators near the peak", p.name()).isGreaterThanOrEqualTo(15);
            }
        }
    }

    @Test
    void decoysAreNotTrends() {
        PlantedTrend spam = planted(Shape.DECOY_SINGLE_CREATOR);
        List<WorldVideo> spamVideos = HISTORY.stream().filter(carrying(spam)).toList();
        assertThat(spamVideos).hasSizeGreaterThan(20);
        assertThat(spamVideos.stream().map(WorldVideo::username).distinct()).hasSize(1);
        assertThat(WORLD.tiktok().connectableUsernames()).doesNotContain(spamVideos.get(0).username());

        PlantedTrend spike = planted(Shape.DECOY_SPIKE);
        List<WorldVideo> spikeVideos = HISTORY.stream().filter(carrying(spike)).toList();
        Instant hour = spike.peak().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        long inSpike = views(spikeVideos, hour, hour.plusSeconds(3600));
        long dayAfter = views(spikeVideos, hour.plus(Duration.ofHours(3)), hour.plus(Duration.ofHours(27)));
        assertThat(inSpike).isGreaterThan(3 * dayAfter);

        PlantedTrend slow = planted(Shape.DECOY_SLOW_GROWER);
        assertThat(slow.intensity(ANCHOR) / slow.intensity(ANCHOR.minus(Duration.ofDays(7)))).isBetween(1.0, 1.1);
    }

    @Test
    void backgroundHashtagsStayNearTheirBaseline() {
        java.util.Set<String> planted = WORLD.truth().all().stream().map(PlantedTrend::name).collect(Collectors.toSet());
        Predicate<WorldVideo> background = v -> !v.hashtags().isEmpty() && v.hashtags().stream().noneMatch(planted::contains);
        List<WorldVideo> videos = HISTORY.stream().filter(background).toList();
        double recent = views(videos, ANCHOR.minus(Duration.ofDays(10)), ANCHOR.minus(Duration.ofDays(3))) / 7.0;
        double earlier = views(videos, ANCHOR.minus(Duration.ofDays(70)), ANCHOR.minus(Duration.ofDays(14))) / 56.0;
        assertThat(recent / earlier).isBetween(0.6, 1.6);
    }

    @Test
    void theGroundTruthNamesEveryPlantedEntityAsThePlatformNormalizesIt() {
        List<PlantedTrend> all = WORLD.truth().all();
        assertThat(all).allSatisfy(p -> assertThat(p.name()).matches("[\\p{L}\\p{N}_ .'&+-]{1,100}")
                .isEqualTo(p.name().toLowerCase(java.util.Locale.ROOT)));
        for (String type : List.of("HASHTAG", "SOUND")) {
            for (Shape shape : List.of(Shape.EMERGING, Shape.PEAKING, Shape.DECAYING)) {
                assertThat(all.stream().filter(p -> p.type().equals(type) && p.shape() == shape)).hasSizeGreaterThanOrEqualTo(2);
            }
            assertThat(all.stream().filter(p -> p.type().equals(type) && p.shape() == Shape.WEEKLY_SEASONAL)).isNotEmpty();
        }
        assertThat(all.stream().filter(p -> p.type().equals("SOUND"))).allSatisfy(p -> assertThat(p.externalId()).matches("\\d{19}"));
        assertThat(all.stream().filter(p -> p.type().equals("CREATOR") && p.isTrend())).hasSize(2);
    }

    private static PlantedTrend planted(Shape shape) {
        return WORLD.truth().all().stream().filter(p -> p.type().equals("HASHTAG") && p.shape() == shape).findFirst().orElseThrow();
    }

    private static Predicate<WorldVideo> carrying(PlantedTrend p) {
        return switch (p.type()) {
            case "HASHTAG" -> v -> v.hashtags().contains(p.name());
            case "SOUND" -> v -> v.musicId().equals(p.externalId());
            default -> v -> v.username().equals(p.name());
        };
    }

    /** Views (as of 3 days after creation) per day, keyed by days before {@code end}. */
    private static Map<Long, Long> dailyViews(List<WorldVideo> videos, Instant end) {
        Map<Long, Long> daily = new TreeMap<>();
        for (WorldVideo v : videos) {
            if (v.createTime().isBefore(end)) {
                daily.merge(Duration.between(v.createTime(), end).toDays(), v.countsAt(v.createTime().plus(Duration.ofDays(3))).views(),
                        Long::sum);
            }
        }
        return daily;
    }

    private static long views(List<WorldVideo> videos, Instant from, Instant to) {
        return videos.stream().filter(v -> !v.createTime().isBefore(from) && v.createTime().isBefore(to))
                .mapToLong(v -> v.countsAt(v.createTime().plus(Duration.ofDays(3))).views()).sum();
    }
}
