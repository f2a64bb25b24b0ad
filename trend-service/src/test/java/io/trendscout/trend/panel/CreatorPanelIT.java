package io.trendscout.trend.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.trendscout.platform.events.EventEnvelope;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.trend.trends.SourceHealth;
import io.trendscout.trend.trends.SourceOverview;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The creator panel on a real PostgreSQL and Kafka: events in, hashtag buckets across creators out. */
@PlatformIntegrationTest
class CreatorPanelIT {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final KafkaProducer<String, String> PRODUCER = new KafkaProducer<>(
            Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers()),
            new StringSerializer(), new StringSerializer());

    @Autowired
    CreatorPanel panel;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PanelPurge purge;

    @Autowired
    SourceOverview sources;

    /** Every hour used lies in the past: creation in hour H0, fetches in H0+3h .. H0+5h. */
    private final Instant h0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(6, ChronoUnit.HOURS);
    private final Instant f1 = h0.plus(3, ChronoUnit.HOURS);
    private final Instant f2 = h0.plus(4, ChronoUnit.HOURS);
    private final Instant f3 = h0.plus(5, ChronoUnit.HOURS);

    @AfterAll
    static void closeProducer() {
        PRODUCER.close();
    }

    @Test
    void fiveCreatorsPostingTheSameHashtagAddUpTheirGainsPerHourWithVideosAndDistinctCreators() {
        String tag = "panel" + suffix();
        String other = "other" + suffix();
        List<UUID> creators = new ArrayList<>();
        List<String> videos = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            creators.add(UUID.randomUUID());
            videos.add(videoId());
        }
        SourceOverview.PanelSize before = panel.size();
        long deliveredBefore = delivered();
        double skippedBefore = skipped();
        List<UUID> events = new ArrayList<>();
        String firstOfCreator0 = null;
        for (int i = 0; i < 5; i++) {
            long n = i + 1;
            List<StatsFetched.Video> fetched = new ArrayList<>(List.of(video(videos.get(i), List.of(tag, other),
                    1_000 * n, 10 * n, n, n)));
            if (i == 4) {
                fetched.add(video(videoId(), List.of(other), 50, 0, 0, 0));
                fetched.add(video(videoId(), List.of(tag), -1, 0, 0, 0)); // bad: skipped and counted
            }
            String envelope = envelope(UUID.randomUUID(), stats(creators.get(i), f1.plusSeconds(300), fetched, List.of()), events);
            if (i == 0) {
                firstOfCreator0 = envelope;
            }
            send("tiktok.stats-fetched.v1", creators.get(i), envelope);
        }
        send("tiktok.stats-fetched.v1", creators.get(0), firstOfCreator0); // a re-delivery of the same event
        // creator 1 refetched twice in one hour: 2,000 -> 2,600 -> 2,750 gains 750 in f2, once
        send(creators.get(1), stats(creators.get(1), f2.plusSeconds(300), List.of(video(videos.get(1), List.of(tag, other),
                2_600, 20, 2, 2)), List.of()), events);
        send(creators.get(1), stats(creators.get(1), f2.plusSeconds(1_500), List.of(video(videos.get(1), List.of(tag, other),
                2_750, 20, 2, 2)), List.of()), events);
        // creator 2's views go down (3,000 -> 2,900), then rise to 3,100: only the 100 above 3,000 count, in f3
        send(creators.get(2), stats(creators.get(2), f2.plusSeconds(600), List.of(video(videos.get(2), List.of(tag, other),
                2_900, 30, 3, 3)), List.of()), events);
        send(creators.get(2), stats(creators.get(2), f3.plusSeconds(600), List.of(video(videos.get(2), List.of(tag, other),
                3_100, 30, 3, 3)), List.of()), events);
        // creator 3 deleted its video: no longer tracked, its past contribution stays
        send(creators.get(3), stats(creators.get(3), f2.plusSeconds(900), List.of(), List.of(videos.get(3))), events);
        // a schema 1 event (hashtag totals of one creator only) gives the panel nothing
        UUID schema1Creator = UUID.randomUUID();
        send(schema1Creator, new StatsFetched(schema1Creator, "o", "d", 1, 1, 1, 1.0, 1,
                List.of(new StatsFetched.HashtagPerformance("#" + tag, 1, 99_999, 1, 1, 1, 1)), f2), events);

        awaitHandled(PanelListeners.STATS_CONSUMER, events);

        PanelBucket created = panel.bucket(tag, h0).orElseThrow();
        assertThat(created.views()).as("everything so far counts in the creation hour").isEqualTo(1_000 + 2_000 + 3_000 + 4_000 + 5_000);
        assertThat(created.likes()).isEqualTo(10 + 20 + 30 + 40 + 50);
        assertThat(created.comments()).isEqualTo(15);
        assertThat(created.shares()).isEqualTo(15);
        assertThat(created.videos()).isEqualTo(5);
        assertThat(created.creators()).isEqualTo(5);
        assertThat(panel.bucket(other, h0).orElseThrow().videos()).as("creator 4's second video").isEqualTo(6);
        assertThat(panel.bucket(other, h0).orElseThrow().views()).isEqualTo(15_050);

        PanelBucket refetched = panel.bucket(tag, f2).orElseThrow();
        assertThat(refetched.views()).as("750 gained in f2, not 600 + 750").isEqualTo(750);
        assertThat(refetched.likes()).isEqualTo(0);
        assertThat(refetched.videos()).isEqualTo(1);
        assertThat(refetched.creators()).as("a 7-day gauge of the hashtag's creators up to f2").isBetween(1L, 5L);
        assertThat(panel.bucket(tag, f3).orElseThrow().views()).as("only above the earlier peak").isEqualTo(100);
        assertThat(panel.bucket(tag, f3).orElseThrow().creators()).isBetween(1L, 5L);
        assertThat(panel.bucket(tag, f1)).as("the first fetch adds nothing at connect time").isEmpty();

        assertThat(jdbc.queryForObject("select deleted from panel_video where video_id = ?", Boolean.class, videos.get(3))).isTrue();
        assertThat(jdbc.queryForObject("select views from panel_video where video_id = ?", Long.class, videos.get(2)))
                .as("high-water mark").isEqualTo(3_100);
        SourceOverview.PanelSize after = panel.size();
        assertThat(after.creators() - before.creators()).as("the schema 1 event adds no creator").isEqualTo(5);
        assertThat(after.videos() - before.videos()).as("6 videos, one of them deleted").isEqualTo(5);
        assertThat(after.lastFetch()).isAfterOrEqualTo(f3.plusSeconds(600));
        assertThat(skipped() - skippedBefore).isEqualTo(1);
        // two buckets for each first fetch (5), each refetch of creator 1 (2) and creator 2's rise; none for the rest
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(delivered() - deliveredBefore).isEqualTo(16));
        SourceHealth health = health();
        assertThat(health.kind()).isEqualTo("CREATOR_PANEL");
        assertThat(health.healthy()).isTrue();
    }

    @Test
    void creatorsAppliedConcurrentlyOnTheSameHashtagAndHourNeverLoseAContribution() throws Exception {
        String tag = "race" + suffix();
        int creators = 6;
        int rounds = 5;
        List<UUID> ids = new ArrayList<>();
        List<String> videos = new ArrayList<>();
        for (int i = 0; i < creators; i++) {
            ids.add(UUID.randomUUID());
            videos.add(videoId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(creators);
        try {
            for (int round = 0; round <= rounds; round++) {
                long views = 1_000 + round * 100L;
                Instant at = round == 0 ? f1 : f2.plusSeconds(round * 60L);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < creators; i++) {
                    UUID creator = ids.get(i);
                    StatsFetched stats = stats(creator, at, List.of(video(videos.get(i), List.of(tag), views, 0, 0, 0)), List.of());
                    done.add(pool.submit(() -> {
                        start.await();
                        return panel.apply(creator, stats);
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(panel.bucket(tag, h0).orElseThrow().views()).isEqualTo(creators * 1_000L);
        PanelBucket gained = panel.bucket(tag, f2).orElseThrow();
        assertThat(gained.views()).isEqualTo(creators * rounds * 100L);
        assertThat(gained.videos()).isEqualTo(creators);
        assertThat(gained.creators()).isEqualTo(creators);
    }

    @Test
    void anErasedCreatorsVideosAndContributionsAreDeletedAndTheBucketsResubmittedWithoutThem() {
        String tag = "erase" + suffix();
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID alsoKept = UUID.randomUUID();
        String erasedVideo = videoId();
        List<UUID> events = new ArrayList<>();
        send(erased, stats(erased, f1, List.of(video(erasedVideo, List.of(tag), 4_000, 40, 4, 4)), List.of()), events);
        send(erased, stats(erased, f2, List.of(video(erasedVideo, List.of(tag), 4_500, 40, 4, 4)), List.of()), events);
        send(kept, stats(kept, f1, List.of(video(videoId(), List.of(tag), 1_000, 10, 1, 1)), List.of()), events);
        send(alsoKept, stats(alsoKept, f1, List.of(video(videoId(), List.of(tag), 2_000, 20, 2, 2)), List.of()), events);
        awaitHandled(PanelListeners.STATS_CONSUMER, events);
        assertThat(panel.bucket(tag, h0).orElseThrow().creators()).isEqualTo(3);
        long creatorsBefore = panel.size().creators();

        UUID erasure = UUID.randomUUID();
        UserErased payload = new UserErased(erased, Instant.now());
        send("identity.user-erased.v1", erased, JSON.writeValueAsString(new EventEnvelope(erasure, "UserErased", 1,
                Instant.now(), "security-service", erased.toString(), payload)));
        awaitHandled(PanelListeners.ERASED_CONSUMER, List.of(erasure));

        PanelBucket created = panel.bucket(tag, h0).orElseThrow();
        assertThat(created.views()).isEqualTo(3_000);
        assertThat(created.videos()).isEqualTo(2);
        assertThat(created.creators()).isEqualTo(2);
        PanelBucket later = panel.bucket(tag, f2).orElseThrow();
        assertThat(later.views()).as("re-submitted without the erased creator's gain").isZero();
        assertThat(later.creators()).as("the 7-day gauge counts only the creators left").isBetween(0L, 2L);
        assertThat(rowsOf(erased, erasedVideo)).isZero();
        assertThat(panel.size().creators()).isEqualTo(creatorsBefore - 1);

        List<UUID> late = new ArrayList<>();
        send(erased, stats(erased, f3, List.of(video(erasedVideo, List.of(tag), 9_000, 90, 9, 9)), List.of()), late);
        awaitHandled(PanelListeners.STATS_CONSUMER, late);
        assertThat(rowsOf(erased, erasedVideo)).as("a fetch arriving after the erasure stores nothing").isZero();
        assertThat(panel.bucket(tag, f3)).isEmpty();
    }

    @Test
    void anOldVideosCreationHourPastTheRetentionIsKeptButNotSubmittedAndPurgedLater() {
        String tag = "old" + suffix();
        UUID creator = UUID.randomUUID();
        String video = videoId();
        Instant created = Instant.now().minus(200, ChronoUnit.DAYS);
        CreatorPanel.Applied applied = panel.apply(creator, stats(creator, f1,
                List.of(new StatsFetched.Video(video, created, List.of(tag), 70_000, 0, 0, 0)), List.of()));
        assertThat(panel.bucket(tag, created).orElseThrow().views()).isEqualTo(70_000);
        assertThat(applied.buckets()).hasSize(1);
        assertThat(applied.submitted()).as("older than the retention: not submitted").isZero();

        purge.purge();
        assertThat(panel.bucket(tag, created)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from panel_contribution where video_id = ?", Integer.class, video)).isZero();
        assertThat(jdbc.queryForObject("select views from panel_video where video_id = ?", Long.class, video))
                .as("the video stays tracked, a later gain counts above its mark").isEqualTo(70_000);
    }

    private int rowsOf(UUID creator, String video) {
        return jdbc.queryForObject("""
                select (select count(*) from panel_video where creator_id = ? or video_id = ?)
                     + (select count(*) from panel_contribution where video_id = ?)
                     + (select count(*) from panel_video_hashtag where video_id = ?)
                     + (select count(*) from panel_creator where creator_id = ?)""", Integer.class, creator, video, video, video,
                creator);
    }

    private StatsFetched.Video video(String id, List<String> hashtags, long views, long likes, long comments, long shares) {
        return new StatsFetched.Video(id, h0.plusSeconds(600), hashtags, views, likes, comments, shares);
    }

    private static StatsFetched stats(UUID creator, Instant at, List<StatsFetched.Video> videos, List<String> deleted) {
        return new StatsFetched(creator, "open-" + creator, "Creator", 100, 1_000, videos.size(), 2.5, 500, List.of(), at,
                videos, deleted);
    }

    private static String envelope(UUID id, StatsFetched stats, List<UUID> events) {
        events.add(id);
        return JSON.writeValueAsString(new EventEnvelope(id, "StatsFetched", stats.videos() == null ? 1 : 2, Instant.now(),
                "tiktok-service", stats.subject(), stats));
    }

    private static void send(UUID creator, StatsFetched stats, List<UUID> events) {
        send("tiktok.stats-fetched.v1", creator, envelope(UUID.randomUUID(), stats, events));
    }

    private static void send(String topic, UUID key, String value) {
        try {
            PRODUCER.send(new ProducerRecord<>(topic, key.toString(), value)).get(30, TimeUnit.SECONDS);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void awaitHandled(String consumer, List<UUID> events) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from processed_event where consumer = ? and event_id::text = any(?)", Integer.class, consumer,
                (Object) events.stream().map(UUID::toString).toArray(String[]::new))).isEqualTo(events.size()));
    }

    private SourceHealth health() {
        return sources.health().stream().filter(h -> h.source().equals("creator-panel")).findFirst().orElse(null);
    }

    private long delivered() {
        SourceHealth health = health();
        return health == null ? 0 : health.observations();
    }

    private double skipped() {
        return meters.counter("trendscout.trend.stats.skipped").count();
    }

    /** Unique across tests and runs (the tables outlive a test), shaped like a TikTok id. */
    private static String videoId() {
        return "73" + String.format("%017d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000_000_000_000L));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
