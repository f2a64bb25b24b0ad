package io.trendscout.trend.detection;

import java.time.Instant;
import java.util.List;

/**
 * A series prepared once for any number of assessments at any of its points: times, the
 * high-water mark of the views counter (a counter that goes down is a correction, so growth is
 * only what exceeds the mark) and creators, as arrays. Index {@code i} only ever reads
 * {@code 0..i}, so an assessment at {@code i} is causal.
 */
final class Points {

    final long[] at;
    final long[] hwm;
    final long[] creators;
    final int size;

    private Points(long[] at, long[] hwm, long[] creators) {
        this.at = at;
        this.hwm = hwm;
        this.creators = creators;
        this.size = at.length;
    }

    static Points of(List<SeriesPoint> points) {
        int n = points.size();
        long[] at = new long[n];
        long[] hwm = new long[n];
        long[] creators = new long[n];
        long mark = 0;
        int i = 0;
        for (SeriesPoint point : points) {
            at[i] = point.at().toEpochMilli();
            mark = Math.max(mark, point.views());
            hwm[i] = mark;
            creators[i] = point.creators();
            i++;
        }
        return new Points(at, hwm, creators);
    }

    /**
     * The points that fall on a multiple of {@code period} (e.g. the full hours of a 5-minute
     * series): cumulative counters need no summing, a coarser series is a subset of points.
     * {@code owner[i]} is the index in the subset of the last such point at or before point i, or -1.
     */
    Points alignedTo(long period, int[] owner) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (Math.floorMod(at[i], period) == 0) {
                count++;
            }
        }
        long[] subAt = new long[count];
        long[] subHwm = new long[count];
        long[] subCreators = new long[count];
        int j = -1;
        for (int i = 0; i < size; i++) {
            if (Math.floorMod(at[i], period) == 0) {
                j++;
                subAt[j] = at[i];
                subHwm[j] = hwm[i];
                subCreators[j] = creators[i];
            }
            owner[i] = j;
        }
        return new Points(subAt, subHwm, subCreators);
    }

    Instant instant(int index) {
        return Instant.ofEpochMilli(at[index]);
    }

    /** Views gained in the interval ending at point {@code i} (i ≥ 1). */
    long increment(int i) {
        return hwm[i] - hwm[i - 1];
    }

    double hours(int i) {
        return (at[i] - at[i - 1]) / 3_600_000.0;
    }

    /** Last index ≤ {@code maxIndex} whose time is at or before {@code t}, or -1. */
    int lastIndexAtOrBefore(long t, int maxIndex) {
        int lo = 0;
        int hi = maxIndex;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Index ≤ {@code maxIndex} whose time is exactly {@code t}, or -1. */
    int indexAt(long t, int maxIndex) {
        int i = lastIndexAtOrBefore(t, maxIndex);
        return i >= 0 && at[i] == t ? i : -1;
    }
}
