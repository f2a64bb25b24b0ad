package io.trendscout.trend.detection;

import java.util.List;

/**
 * Runs both detectors on a series: {@link #verdict} at its latest point, or {@link #replay} to
 * judge it at successive points (a backfilled series replayed bucket by bucket) with the series
 * prepared once: no list copies, each point's expectation computed once, so a verdict costs the
 * detectors' windows, not the series' length. Verdicts are causal: the one at index i reads only
 * points 0..i, exactly as if the series ended there. On buckets finer than an hour the confirmed
 * detector (whose windows are hours and days) judges the series at its full hours: the verdict at
 * a 5-minute point carries the confirmed assessment of the latest full hour at or before it.
 */
public final class SeriesJudge {

    private final DetectionProfile profile;
    private final TrendDetector confirmed;
    private final EarlyDetector early;

    public SeriesJudge(DetectionProfile profile) {
        this.profile = profile;
        this.confirmed = new TrendDetector(profile.confirmed());
        this.early = new EarlyDetector(profile.early());
    }

    public DetectionProfile profile() {
        return profile;
    }

    /** Points sorted by time, one per bucket; judged at the latest. */
    public Verdict verdict(List<SeriesPoint> points) {
        Replay replay = replay(points);
        return replay.verdictAt(replay.size() - 1);
    }

    public Replay replay(List<SeriesPoint> points) {
        return new Replay(Points.of(points));
    }

    /** One series prepared for verdicts at any of its points; not thread-safe. */
    public final class Replay {

        private static final long HOUR_MS = 3_600_000L;

        private final Points points;
        private final EarlyDetector.Prepared prepared;
        private final Points hourly;
        private final int[] hourOf;
        private int cachedHour = -1;
        private Assessment cachedConfirmed;

        private Replay(Points points) {
            this.points = points;
            this.prepared = early.prepare(points);
            if (profile.bucketWidth().toMillis() < HOUR_MS) {
                this.hourOf = new int[points.size];
                this.hourly = points.alignedTo(HOUR_MS, hourOf);
            } else {
                this.hourOf = null;
                this.hourly = null;
            }
        }

        public int size() {
            return points.size;
        }

        public Verdict verdictAt(int index) {
            if (index < 0 || index >= points.size) {
                throw new IndexOutOfBoundsException(index);
            }
            return new Verdict(points.instant(index), early.assessAt(prepared, index), confirmedAt(index));
        }

        private Assessment confirmedAt(int index) {
            if (hourly == null) {
                return confirmed.assessAt(points, index);
            }
            int hour = hourOf[index];
            if (hour < 0) {
                return Assessment.insufficient(points.instant(index));
            }
            if (hour != cachedHour) {
                cachedConfirmed = confirmed.assessAt(hourly, hour);
                cachedHour = hour;
            }
            return cachedConfirmed;
        }
    }
}
