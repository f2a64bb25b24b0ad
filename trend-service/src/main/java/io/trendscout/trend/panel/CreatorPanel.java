package io.trendscout.trend.panel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.trend.sources.SourceActivity;
import io.trendscout.trend.sources.SourceKind;
import io.trendscout.trend.trends.InvalidObservation;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.SourceOverview;
import io.trendscout.trend.trends.TrendIngestion;
import io.trendscout.trend.trends.TrendType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The creator panel: the connected creators' videos, each fetch's gains attributed to hours (see
 * {@link Attribution}), added up per hashtag and hour across all creators ({@link PanelBuckets}) and
 * submitted as INCREMENT observations of source {@value #SOURCE}. A recomputed bucket replaces the
 * value submitted before (its {@code fetchedAt} never goes back), so recomputing is idempotent.
 */
@Service
public class CreatorPanel implements SourceOverview.Panel {

    /** What applying one event did: the buckets recomputed and how many of them were submitted. */
    record Applied(List<PanelBucket> buckets, int submitted) {

        static final Applied NOTHING = new Applied(List.of(), 0);
    }

    static final String SOURCE = "creator-panel";
    private static final Logger log = LoggerFactory.getLogger(CreatorPanel.class);

    private final PanelStore store;
    private final PanelBuckets buckets;
    private final TrendIngestion ingestion;
    private final SourceActivity activity;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter skipped;

    CreatorPanel(PanelStore store, PanelBuckets buckets, TrendIngestion ingestion, SourceActivity activity,
            TransactionTemplate transactions, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.buckets = buckets;
        this.ingestion = ingestion;
        this.activity = activity;
        this.transactions = transactions;
        this.clock = clock;
        this.skipped = Counter.builder("trendscout.trend.stats.skipped")
                .description("StatsFetched entries (videos, hashtags, deleted ids) that broke a rule and were left out")
                .register(meters);
    }

    /** Creators, tracked videos and the newest fetch, for {@code GET /api/trends/analytics}. */
    @Override
    public SourceOverview.PanelSize size() {
        return store.size();
    }

    /**
     * Applies one fetch of {@code creator}: tracks its videos, attributes their gains, recomputes and
     * submits every bucket touched. Joins the caller's transaction (the inbox's) if there is one.
     * A schema 1 event (no videos) has nothing to attribute.
     */
    Applied apply(UUID creator, StatsFetched stats) {
        if (stats.fetchedAt() == null) {
            throw new MalformedEvent("StatsFetched without fetchedAt");
        }
        if (stats.videos() == null) {
            log.debug("StatsFetched of schema 1 for {}: no per-video data for the panel", creator);
            return Applied.NOTHING;
        }
        PanelEntries.Entries entries = PanelEntries.of(stats);
        if (entries.skipped() > 0) {
            skipped.increment(entries.skipped());
            log.warn("Skipped {} entries of StatsFetched {}: {}", entries.skipped(), creator, entries.errors());
        }
        return transactions.execute(status -> {
            store.lockCreator(creator);
            if (store.erased(creator)) {
                return Applied.NOTHING; // arrived after the creator's erasure
            }
            Instant fetchedAt = stats.fetchedAt();
            store.touchCreator(creator, fetchedAt);
            SortedSet<PanelBuckets.Key> touched = new TreeSet<>();
            List<PanelEntries.Sighting> videos = entries.videos().stream()
                    .sorted(Comparator.comparing(PanelEntries.Sighting::videoId)).toList();
            Map<String, PanelStore.Tracked> known = store.lock(videos.stream().map(PanelEntries.Sighting::videoId).toList());
            for (PanelEntries.Sighting video : videos) {
                PanelStore.Tracked tracked = known.get(video.videoId());
                if (tracked == null && !firstSighting(creator, video, fetchedAt, touched)) {
                    tracked = store.lock(List.of(video.videoId())).get(video.videoId()); // tracked meanwhile by a replica
                }
                if (tracked != null) {
                    sightedAgain(tracked, video, fetchedAt, touched);
                }
            }
            store.markDeleted(creator, entries.deletedVideoIds());
            return submit(touched, fetchedAt);
        });
    }

    /**
     * Erases the creator's videos and contributions and re-submits every bucket they were part of
     * without them; a tombstone keeps later events of the creator out.
     */
    Applied erase(UUID creator, Instant erasedAt) {
        return transactions.execute(status -> {
            store.lockCreator(creator);
            Instant now = clock.instant();
            store.markErased(creator, erasedAt == null ? now : erasedAt);
            SortedSet<PanelBuckets.Key> touched = store.bucketsOf(creator);
            store.erase(creator);
            return submit(touched, now);
        });
    }

    /** The bucket as last computed and submitted. */
    Optional<PanelBucket> bucket(String hashtag, Instant hour) {
        return buckets.find(Observation.normalizeName(hashtag, "hashtag"), Observation.Bucket.HOUR.start(hour));
    }

    /** False when a concurrent transaction tracked the video first. */
    private boolean firstSighting(UUID creator, PanelEntries.Sighting video, Instant fetchedAt,
            SortedSet<PanelBuckets.Key> touched) {
        Attribution.Attributed attributed = Attribution.of(null, video.createdAt(), video.counters(), fetchedAt);
        if (!store.insert(creator, video, attributed.highWater(), fetchedAt)) {
            return false;
        }
        contribute(video.videoId(), video.hashtags(), attributed, touched);
        return true;
    }

    private void sightedAgain(PanelStore.Tracked tracked, PanelEntries.Sighting video, Instant fetchedAt,
            SortedSet<PanelBuckets.Key> touched) {
        Attribution.Attributed attributed = Attribution.of(new Attribution.Known(tracked.highWater()), video.createdAt(),
                video.counters(), fetchedAt);
        store.update(video.videoId(), attributed.highWater(), fetchedAt);
        if (!tracked.hashtags().equals(new TreeSet<>(video.hashtags()))) {
            // The caption changed: its past contributions move from the old hashtags to the new ones.
            List<Instant> hours = store.contributionHours(video.videoId());
            SortedSet<String> both = new TreeSet<>(tracked.hashtags());
            both.addAll(video.hashtags());
            both.forEach(tag -> hours.forEach(hour -> touched.add(new PanelBuckets.Key(tag, hour))));
            store.replaceHashtags(video.videoId(), video.hashtags());
        }
        contribute(video.videoId(), video.hashtags(), attributed, touched);
    }

    private void contribute(String videoId, List<String> hashtags, Attribution.Attributed attributed,
            SortedSet<PanelBuckets.Key> touched) {
        if (attributed.contributes()) {
            store.addContribution(videoId, attributed.hour(), attributed.increase());
            hashtags.forEach(tag -> touched.add(new PanelBuckets.Key(tag, attributed.hour())));
        }
    }

    /** Recomputes the buckets (holding their locks until commit) and submits those inside the retention. */
    private Applied submit(SortedSet<PanelBuckets.Key> touched, Instant asOf) {
        List<PanelBucket> computed = buckets.recompute(touched, asOf);
        List<Observation> observations = new ArrayList<>(computed.size());
        for (PanelBucket bucket : computed) {
            try {
                Observation observation = Observation.increment(SOURCE, TrendType.HASHTAG, bucket.hashtag(),
                        Observation.GLOBAL, null, bucket.hour(), Observation.Bucket.HOUR,
                        Observation.Counts.engagement(bucket.views(), bucket.likes(), bucket.shares(), bucket.comments(),
                                bucket.videos(), bucket.creators()),
                        Observation.Details.NONE, bucket.fetchedAt());
                ingestion.checkTime(observation);
                observations.add(observation);
            } catch (InvalidObservation ex) {
                // Typically the creation hour of an old video, past the retention: kept here, not submitted.
                log.debug("Not submitting panel bucket {} {}: {}", bucket.hashtag(), bucket.hour(), ex.getMessage());
            }
        }
        // Inside the transaction that holds the buckets' locks: submissions of one bucket reach the
        // observation topic in the order of the locks, the complete value last.
        ingestion.submit(observations);
        return new Applied(computed, observations.size());
    }

    /** Reports a handled event in source health; after its commit, so not while holding the buckets' locks. */
    void delivered(Applied applied) {
        activity.delivered(SOURCE, SourceKind.CREATOR_PANEL, applied.submitted());
    }

    /** Reports a failed event in source health. */
    void failed(String error) {
        activity.failed(SOURCE, SourceKind.CREATOR_PANEL, error);
    }
}
