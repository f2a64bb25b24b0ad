package io.trendscout.trend.sources.research;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.trendscout.trend.sources.PollContext;
import io.trendscout.trend.trends.InvalidObservation;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TrendType;

/**
 * The videos of one region and date window, summed per entity and creation hour: for every hashtag
 * (from {@code hashtag_names}), sound ({@code music_id}) and creator, the views, likes, comments and
 * shares its videos created in that hour have now, how many videos and how many distinct creators.
 * Only a window read to its last page is complete; its buckets then replace what an earlier read
 * of the same window delivered.
 */
final class WindowAggregation {

    static final String SOURCE = "tiktok-research";

    private record Key(TrendType type, String name, String region, Instant hour) {
    }

    private static final class Sum {
        long views, likes, comments, shares, videos;
        final Set<String> creators = new HashSet<>();
        String externalId;
    }

    private final String region;
    private final Map<Key, Sum> sums = new LinkedHashMap<>();
    private final Set<Long> seen = new HashSet<>();
    private final List<String> skipped = new ArrayList<>();
    private int videos;

    WindowAggregation(String region) {
        this.region = region;
    }

    void add(ResearchVideo video) {
        if (!seen.add(video.id())) {
            return;
        }
        videos++;
        String where = video.region() != null && video.region().matches("[A-Z]{2}") ? video.region() : region;
        Instant hour = video.createTime().truncatedTo(ChronoUnit.HOURS);
        Set<String> tags = new HashSet<>();
        for (String raw : video.hashtags()) {
            try {
                tags.add(Observation.normalizeName(raw, "hashtag_names"));
            } catch (InvalidObservation ex) {
                skipped.add("video " + video.id() + ": hashtag " + ex.getMessage());
            }
        }
        tags.forEach(tag -> count(new Key(TrendType.HASHTAG, tag, where, hour), video, null));
        if (video.musicId() != null) {
            count(new Key(TrendType.SOUND, "sound " + video.musicId(), where, hour), video, video.musicId());
        }
        if (video.username() != null && !video.username().isBlank()) {
            count(new Key(TrendType.CREATOR, video.username(), where, hour), video, null);
        }
    }

    private void count(Key key, ResearchVideo video, String externalId) {
        Sum sum = sums.computeIfAbsent(key, k -> new Sum());
        sum.views += video.views();
        sum.likes += video.likes();
        sum.comments += video.comments();
        sum.shares += video.shares();
        sum.videos++;
        // breadth: distinct creators; for a creator's own series, distinct videos (a creator trend is
        // carried by several videos, not one viral clip)
        if (key.type() == TrendType.CREATOR) {
            sum.creators.add(String.valueOf(video.id()));
        } else if (video.username() != null) {
            sum.creators.add(video.username());
        }
        sum.externalId = externalId;
    }

    int videos() {
        return videos;
    }

    /**
     * Hands every bucket of the window on; a bucket the platform cannot store is counted as
     * skipped. {@code creators} is a gauge: distinct creators of the entity in the 7 days up to the
     * bucket's end (within this window's videos), so breadth is judged over days, not one hour.
     */
    int emit(PollContext context, Instant fetchedAt) {
        skipped.forEach(context::skipped);
        Map<String, List<Map.Entry<Key, Sum>>> bySeries = new LinkedHashMap<>();
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Key::hour)))
                .forEach(e -> bySeries.computeIfAbsent(e.getKey().type() + "|" + e.getKey().name() + "|" + e.getKey().region(),
                        k -> new ArrayList<>()).add(e));
        int emitted = 0;
        for (List<Map.Entry<Key, Sum>> series : bySeries.values()) {
            for (int i = 0; i < series.size(); i++) {
                Key key = series.get(i).getKey();
                Sum sum = series.get(i).getValue();
                Set<String> creators = new HashSet<>();
                Instant from = key.hour().minus(java.time.Duration.ofDays(7));
                for (int j = i; j >= 0 && series.get(j).getKey().hour().isAfter(from); j--) {
                    creators.addAll(series.get(j).getValue().creators);
                }
                try {
                    Observation.Details details = sum.externalId == null ? Observation.Details.NONE
                            : new Observation.Details(null, sum.externalId, List.of(), List.of(), List.of(), Map.of());
                    context.emit(Observation.increment(SOURCE, key.type(), key.name(), key.region(), null, key.hour(),
                            Observation.Bucket.HOUR, Observation.Counts.engagement(sum.views, sum.likes, sum.shares,
                                    sum.comments, sum.videos, creators.size()), details, fetchedAt));
                    emitted++;
                } catch (InvalidObservation ex) {
                    context.skipped(key.type() + " " + key.name() + ": " + ex.getMessage());
                }
            }
        }
        return emitted;
    }
}
