package io.trendscout.trend.trends;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.trendscout.trend.detection.Assessment;
import io.trendscout.trend.detection.SeriesPoint;
import io.trendscout.trend.detection.TrendDetector;

/**
 * Judges one source series causally at every bucket end it has not judged yet: the verdict at a
 * bucket end t sees only the buckets up to t, so a backfilled history yields the stage changes
 * (with their times) that live scoring would have produced.
 */
final class SeriesReplay {

    /** A series as loaded for scoring: points at bucket ends, cumulative primary metric. */
    record Loaded(List<SeriesPoint> points, Observation.Bucket bucket) {
    }

    /** One judged step. */
    record Step(Instant at, Assessment confirmed, Assessment early) {
    }

    private SeriesReplay() {
    }

    /**
     * Steps after {@code scoredThrough} (exclusive; null = never scored), at most {@code maxSteps}
     * of the newest, each judged on the points of the {@code analysisWindow} before it.
     */
    static List<Step> replay(Loaded series, Instant scoredThrough, Duration analysisWindow, int maxSteps,
            TrendDetector confirmed, TrendDetector early) {
        List<SeriesPoint> points = series.points();
        int n = points.size();
        int first = n;
        while (first > 0 && (scoredThrough == null || points.get(first - 1).at().isAfter(scoredThrough))
                && n - first < maxSteps) {
            first--;
        }
        List<Step> steps = new ArrayList<>(n - first);
        int windowStart = 0;
        for (int j = first; j < n; j++) {
            Instant end = points.get(j).at();
            Instant from = end.minus(analysisWindow);
            while (windowStart < j && points.get(windowStart).at().isBefore(from)) {
                windowStart++;
            }
            List<SeriesPoint> prefix = points.subList(windowStart, j + 1);
            steps.add(new Step(end, confirmed.assess(prefix), early.assess(prefix)));
        }
        return steps;
    }
}
