package io.trendscout.trend.detection;

import java.util.List;

/**
 * Runs both detectors on a series: {@link #verdict} at its latest point, or {@link #replay} to
 * judge it at successive points (a backfilled series replayed bucket by bucket) with the series
 * prepared once: no list copies, each point's expectation computed once, so a verdict costs the
 * detectors' windows, not the series' length. Verdicts are causal: the one at index i reads only
 * points 0..i, exactly as if the series ended there.
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

        private final Points points;
        private final EarlyDetector.Prepared prepared;

        private Replay(Points points) {
            this.points = points;
            this.prepared = early.prepare(points);
        }

        public int size() {
            return points.size;
        }

        public Verdict verdictAt(int index) {
            if (index < 0 || index >= points.size) {
                throw new IndexOutOfBoundsException(index);
            }
            return new Verdict(points.instant(index), early.assessAt(prepared, index), confirmed.assessAt(points, index));
        }
    }
}
