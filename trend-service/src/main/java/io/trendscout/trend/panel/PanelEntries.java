package io.trendscout.trend.panel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.trend.trends.InvalidObservation;
import io.trendscout.trend.trends.Observation;

/**
 * The usable part of one StatsFetched: videos with a valid id, creation time and counters, their
 * valid hashtags, and valid deleted ids. Every entry that breaks a rule is skipped and counted, the
 * rest is used. Free of Spring and storage.
 */
final class PanelEntries {

    /** TikTok video ids are decimal; letters, '_' and '-' are tolerated, nothing else. */
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** A caption holds a few dozen hashtags at most; more is not a real video. */
    static final int MAX_HASHTAGS = 50;

    /** One video of the fetch. */
    record Sighting(String videoId, Instant createdAt, List<String> hashtags, Counters counters) {
    }

    /**
     * @param skipped entries left out (videos, hashtags, deleted ids), for the skipped counter
     * @param errors  why, one line per skipped entry, for the log
     */
    record Entries(List<Sighting> videos, List<String> deletedVideoIds, int skipped, List<String> errors) {
    }

    private PanelEntries() {
    }

    /** The videos of a schema 1 event are {@code null}: nothing to use, nothing skipped. */
    static Entries of(StatsFetched stats) {
        List<String> errors = new ArrayList<>();
        Map<String, Sighting> videos = new LinkedHashMap<>();
        for (StatsFetched.Video video : stats.videos() == null ? List.<StatsFetched.Video>of() : stats.videos()) {
            Sighting sighting = sighting(video, errors);
            if (sighting != null) {
                videos.put(sighting.videoId(), sighting); // a video listed twice: the later entry
            }
        }
        Set<String> deleted = new LinkedHashSet<>();
        for (String id : stats.deletedVideoIds() == null ? List.<String>of() : stats.deletedVideoIds()) {
            if (id == null || !VIDEO_ID.matcher(id).matches()) {
                errors.add("deletedVideoIds: not a video id");
            } else if (!videos.containsKey(id)) {
                deleted.add(id);
            }
        }
        return new Entries(List.copyOf(videos.values()), List.copyOf(deleted), errors.size(), List.copyOf(errors));
    }

    private static Sighting sighting(StatsFetched.Video video, List<String> errors) {
        if (video == null || video.id() == null || !VIDEO_ID.matcher(video.id()).matches()) {
            errors.add("video: id must be 1-64 letters, digits, '_' or '-'");
            return null;
        }
        if (video.createTime() == null || !video.createTime().isAfter(Instant.EPOCH)) {
            errors.add("video " + video.id() + ": createTime is required");
            return null;
        }
        try {
            // Observation's own counter rule (0 to MAX_COUNTER), so the sums stay valid observations.
            Observation.Counts checked = Observation.Counts.engagement(video.viewCount(), video.likeCount(),
                    video.shareCount(), video.commentCount(), 0, 0);
            Set<String> hashtags = new LinkedHashSet<>();
            for (String hashtag : video.hashtags() == null ? List.<String>of() : video.hashtags()) {
                try {
                    hashtags.add(Observation.normalizeName(hashtag, "hashtag"));
                } catch (InvalidObservation ex) {
                    errors.add("video " + video.id() + ": " + ex.getMessage());
                }
            }
            if (hashtags.size() > MAX_HASHTAGS) {
                errors.add("video " + video.id() + ": more than " + MAX_HASHTAGS + " hashtags");
                return null;
            }
            return new Sighting(video.id(), video.createTime(), List.copyOf(hashtags),
                    new Counters(checked.views(), checked.likes(), checked.comments(), checked.shares()));
        } catch (InvalidObservation ex) {
            errors.add("video " + video.id() + ": " + ex.getMessage());
            return null;
        }
    }
}
