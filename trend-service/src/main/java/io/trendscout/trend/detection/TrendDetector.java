package io.trendscout.trend.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Judges a series at its latest point: burst detection (robust z of EWMA-smoothed view velocity
 * against the series' own baseline, with lift, persistence and minimum support), the 0-100 score
 * with its breakdown, level, direction and lifecycle. Pure and deterministic; the algorithm is
 * documented in DETECTION.md next to this class.
 */
public final class TrendDetector {

    private static final double HOUR_MS = 3_600_000.0;
    private static final double MAD_TO_SIGMA = 1.4826;
    /** Interquartile range of a normal distribution in sigmas. */
    private static final double QUARTILES_TO_SIGMA = 1.349;
    private static final double VELOCITY_FLOOR = 1.0;
    private static final int MIN_BASELINE_INTERVALS = 3;

    private final DetectorSettings settings;

    public TrendDetector(DetectorSettings settings) {
        this.settings = settings;
    }

    public DetectorSettings settings() {
        return settings;
    }

    /** Points must be sorted by time, one per instant (storage guarantees it: one per bucket). Judged at the latest point. */
    public Assessment assess(List<SeriesPoint> points) {
        return assessAt(Points.of(points), points.size() - 1);
    }

    /**
     * The verdict at {@code points.get(index)} using only the points up to it (no copy). For
     * successive indexes of one series use {@link SeriesJudge#replay}, which prepares the series once.
     */
    public Assessment assessAt(List<SeriesPoint> points, int index) {
        return assessAt(Points.of(points.subList(0, index + 1)), index);
    }

    Assessment assessAt(Points points, int index) {
        int n = index + 1;
        if (n < 2) {
            return Assessment.insufficient(n == 0 ? Instant.EPOCH : points.instant(0));
        }
        Instant at = points.instant(index);
        long now = points.at[index];
        long creators = points.creators[index];
        long recentStart = now - settings.recentWindow().toMillis();
        long baselineStart = recentStart - settings.baselineWindow().toMillis();
        int from = Math.max(0, points.lastIndexAtOrBefore(baselineStart, index));

        Intervals intervals = new Intervals(n - 1 - from);
        double[] cumulative = new double[n - from];
        long[] times = new long[n - from];
        cumulative[0] = points.hwm[from];
        times[0] = points.at[from];
        double halfLifeHours = settings.halfLife().toMillis() / HOUR_MS;
        for (int i = from + 1; i < n; i++) {
            long end = points.at[i];
            double hours = points.hours(i);
            long increment = points.increment(i);
            cumulative[i - from] = points.hwm[i];
            times[i - from] = end;
            if (hours > 0) {
                intervals.add(end, increment, increment / hours, hours, halfLifeHours);
            }
        }
        if (intervals.size == 0) {
            return Assessment.insufficient(at);
        }

        long baselineFrom = baselineStart;
        double[] baseline = intervals.ratesEndingIn(baselineFrom, recentStart);
        if (baseline.length < MIN_BASELINE_INTERVALS) {
            baselineFrom = Long.MIN_VALUE;
            baseline = intervals.ratesEndingIn(baselineFrom, recentStart);
        }
        boolean baselineKnown = baseline.length >= MIN_BASELINE_INTERVALS;
        double median = 0;
        double expected = 0;
        double spread = VELOCITY_FLOOR;
        if (baselineKnown) {
            Arrays.sort(baseline);
            median = quantile(baseline, 0.5);
            expected = Math.max(median, intervals.upwardTrendAt(baselineFrom, recentStart, now));
            double[] deviations = new double[baseline.length];
            for (int i = 0; i < baseline.length; i++) {
                deviations[i] = Math.abs(baseline[i] - median);
            }
            Arrays.sort(deviations);
            double mad = quantile(deviations, 0.5);
            double quartiles = (quantile(baseline, 0.75) - quantile(baseline, 0.25)) / QUARTILES_TO_SIGMA;
            spread = Math.max(Math.max(MAD_TO_SIGMA * mad, quartiles), Math.max(0.05 * median, VELOCITY_FLOOR));
        }

        double smoothedNow = intervals.smoothed[intervals.size - 1];
        double z = baselineKnown ? (smoothedNow - expected) / spread : 0;
        double lift = baselineKnown ? smoothedNow / Math.max(expected, VELOCITY_FLOOR) : 1;
        double persistence = intervals.shareAbove(now - settings.persistenceWindow().toMillis(), expected + 2 * spread);
        double smoothedThen = intervals.smoothedAtOrBefore(recentStart, median);
        double change = (smoothedNow + VELOCITY_FLOOR) / (smoothedThen + VELOCITY_FLOOR);
        long viewsGained = intervals.incrementsAfter(recentStart);

        boolean supported = baselineKnown && n - from >= settings.minPoints() && viewsGained >= settings.minVolume()
                && creators >= settings.minCreators();
        boolean detected = supported && z >= settings.burstThreshold() && lift >= settings.minLift()
                && persistence >= settings.persistenceShare();
        boolean elevated = supported && z >= settings.elevatedZ() && lift >= settings.elevatedLift();

        Breakdown breakdown = new Breakdown(
                percent(z / (2 * settings.burstThreshold())),
                percent(log2(change) / 2),
                percent(Math.log10(1 + creators) / 3),
                percent(Math.log10(1 + viewsGained) / 7),
                round2(z), round2(lift), round2(persistence), viewsGained, creators);
        int score = breakdown.score();
        Direction direction = change > 1.15 ? Direction.RISING : change < 0.87 ? Direction.FALLING : Direction.STABLE;
        Lifecycle lifecycle = direction == Direction.FALLING || smoothedNow < 0.7 * intervals.maxSmoothed()
                ? Lifecycle.DECAYING
                : direction == Direction.RISING ? Lifecycle.EMERGING : Lifecycle.PEAKING;
        double growth = growthRate(times, cumulative, now, settings.growthWindow());
        return new Assessment(at, detected, elevated, supported, score, Level.of(score), direction, lifecycle, growth,
                breakdown);
    }

    /** Views gained in the last growth window against the window before it, in percent (capped). */
    static double growthRate(long[] times, double[] cumulative, long now, Duration window) {
        long w = window.toMillis();
        if (times[0] > now - w) {
            return 0;
        }
        double current = interpolate(times, cumulative, now) - interpolate(times, cumulative, now - w);
        double previous = interpolate(times, cumulative, now - w) - interpolate(times, cumulative, now - 2 * w);
        double growth = (current - previous) / Math.max(previous, 1) * 100;
        return round2(Math.max(-100, Math.min(10_000, growth)));
    }

    private static double interpolate(long[] times, double[] values, long t) {
        if (t <= times[0]) {
            return values[0];
        }
        int i = Arrays.binarySearch(times, t);
        if (i >= 0) {
            return values[i];
        }
        int upper = -i - 1;
        if (upper >= times.length) {
            return values[times.length - 1];
        }
        int lower = upper - 1;
        double share = (double) (t - times[lower]) / (times[upper] - times[lower]);
        return values[lower] + share * (values[upper] - values[lower]);
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    static double quantile(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(sorted.length - 1, lower + 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    static int percent(double share) {
        if (Double.isNaN(share)) {
            return 0;
        }
        return (int) Math.round(100 * Math.max(0, Math.min(1, share)));
    }

    static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    static double round2(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : 0;
    }

    /** Per-interval velocities (views per hour) and their EWMA, in time order. */
    private static final class Intervals {

        final long[] ends;
        final long[] increments;
        final double[] rates;
        final double[] smoothed;
        int size;

        Intervals(int capacity) {
            ends = new long[capacity];
            increments = new long[capacity];
            rates = new double[capacity];
            smoothed = new double[capacity];
        }

        void add(long end, long increment, double rate, double hours, double halfLifeHours) {
            ends[size] = end;
            increments[size] = increment;
            rates[size] = rate;
            if (size == 0) {
                smoothed[size] = rate;
            } else {
                double alpha = 1 - Math.pow(2, -hours / halfLifeHours);
                smoothed[size] = smoothed[size - 1] + alpha * (rate - smoothed[size - 1]);
            }
            size++;
        }

        double[] ratesEndingIn(long fromExclusive, long toInclusive) {
            int count = 0;
            for (int i = 0; i < size; i++) {
                if (ends[i] > fromExclusive && ends[i] <= toInclusive) {
                    count++;
                }
            }
            double[] selected = new double[count];
            int j = 0;
            for (int i = 0; i < size; i++) {
                if (ends[i] > fromExclusive && ends[i] <= toInclusive) {
                    selected[j++] = rates[i];
                }
            }
            return selected;
        }

        double shareAbove(long fromExclusive, double threshold) {
            int count = 0;
            int above = 0;
            for (int i = size - 1; i >= 0 && ends[i] > fromExclusive; i--) {
                count++;
                if (rates[i] > threshold) {
                    above++;
                }
            }
            return count == 0 ? 0 : (double) above / count;
        }

        double smoothedAtOrBefore(long t, double fallback) {
            for (int i = size - 1; i >= 0; i--) {
                if (ends[i] <= t) {
                    return smoothed[i];
                }
            }
            return fallback;
        }

        long incrementsAfter(long fromExclusive) {
            long sum = 0;
            for (int i = size - 1; i >= 0 && ends[i] > fromExclusive; i--) {
                sum += increments[i];
            }
            return sum;
        }

        /**
         * Baseline level extrapolated to {@code now} along its own upward drift: the slope between
         * the medians of the baseline's older and newer halves (a two-group median slope, robust
         * to outliers). Only upward drift counts, so steady organic growth is not a burst.
         */
        double upwardTrendAt(long fromExclusive, long toInclusive, long now) {
            double[] rates = ratesEndingIn(fromExclusive, toInclusive);
            int count = rates.length;
            if (count < 6) {
                return 0;
            }
            long[] times = new long[count];
            int j = 0;
            for (int i = 0; i < size; i++) {
                if (ends[i] > fromExclusive && ends[i] <= toInclusive) {
                    times[j++] = ends[i];
                }
            }
            int half = count / 2;
            double olderLevel = quantile(sorted(Arrays.copyOfRange(rates, 0, half)), 0.5);
            double newerLevel = quantile(sorted(Arrays.copyOfRange(rates, count - half, count)), 0.5);
            double olderCentre = times[(half - 1) / 2];
            double newerCentre = times[count - half + (half - 1) / 2];
            if (newerCentre <= olderCentre) {
                return 0;
            }
            double slope = Math.max(0, (newerLevel - olderLevel) / (newerCentre - olderCentre));
            return newerLevel + slope * (now - newerCentre);
        }

        double maxSmoothed() {
            double max = 0;
            for (int i = 0; i < size; i++) {
                max = Math.max(max, smoothed[i]);
            }
            return max;
        }
    }
}
