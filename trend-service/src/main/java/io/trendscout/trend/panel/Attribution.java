package io.trendscout.trend.panel;

import java.time.Instant;

import io.trendscout.trend.trends.Observation.Bucket;

/**
 * Which hour a fetch's counters of one video count in, and how much. Free of Spring and storage.
 *
 * <ul>
 * <li>First sighting: everything the video has so far counts in the hour it was created. Its views
 *     were gained since then, not at the moment the creator connected; attributing them to the
 *     fetch hour would make every hashtag of a newly connected creator spike at once.</li>
 * <li>Later fetches: only the increase over the high-water mark (the greatest counters seen) counts,
 *     in the fetch's hour. A counter that went down (TikTok recounts, removes fake views) subtracts
 *     nothing and its mark stays, so a later rise counts only above the earlier peak.</li>
 * <li>Several fetches in one hour add their increases to the same hour's contribution, which then
 *     equals the hour's rise of the mark: a repeated or re-delivered fetch adds nothing.</li>
 * </ul>
 */
final class Attribution {

    /** What the panel knew of the video before this fetch. */
    record Known(Counters highWater) {
    }

    /**
     * The outcome for one fetch of one video.
     *
     * @param hour     the hour the increase counts in, {@code null} when nothing counts
     * @param increase what the video gained (added to its contribution of that hour)
     */
    record Attributed(Counters highWater, Instant hour, Counters increase) {

        boolean contributes() {
            return hour != null;
        }
    }

    private Attribution() {
    }

    /**
     * @param known     {@code null} on the first sighting
     * @param createdAt when the video was posted; a creation time after the fetch (clock skew) is
     *                  taken as the fetch time
     */
    static Attributed of(Known known, Instant createdAt, Counters fetched, Instant fetchedAt) {
        if (known == null) {
            Instant created = createdAt.isAfter(fetchedAt) ? fetchedAt : createdAt;
            // Counted even with zero counters: the video was posted in that hour.
            return new Attributed(fetched, Bucket.HOUR.start(created), fetched);
        }
        Counters increase = fetched.increaseOver(known.highWater());
        Counters highWater = known.highWater().max(fetched);
        return increase.isZero() ? new Attributed(highWater, null, Counters.ZERO)
                : new Attributed(highWater, Bucket.HOUR.start(fetchedAt), increase);
    }
}
