package io.trendscout.trend.detection;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The early warning: judges the latest short window of a series against what its own rhythm
 * expects at that time (the median of the same time of day, or weekday, over past periods), on
 * a log scale, with a robust z against the noise of that ratio in the days before, a minimum lift,
 * and every bucket of a short persistence window above its own expectation. Reacts within one or
 * two buckets of a burst; the confirmed {@link TrendDetector} decides whether it is a trend.
 * Pure and deterministic; documented in DETECTION.md.
 */
public final class EarlyDetector {

    private static final double MAD_TO_SIGMA = 1.4826;
    /** Noise is never taken as below 10 % (a perfectly regular series would otherwise alarm on anything). */
    private static final double MIN_SPREAD = 0.1;
    private static final int MIN_SEASONS = 3;
    private static final int MIN_BASELINE_WINDOWS = 6;

    private final EarlySettings settings;

    public EarlyDetector(EarlySettings settings) {
        this.settings = settings;
    }

    public EarlySettings settings() {
        return settings;
    }

    /** Judged at the latest point; points sorted by time, one per bucket. */
    public Assessment assess(List<SeriesPoint> points) {
        return assessAt(new Prepared(Points.of(points)), points.size() - 1);
    }

    Prepared prepare(Points points) {
        return new Prepared(points);
    }

    Assessment assessAt(Prepared series, int index) {
        Points p = series.points;
        if (index < 1) {
            return Assessment.insufficient(index < 0 ? Instant.EPOCH : p.instant(0));
        }
        long now = p.at[index];
        long window = settings.window().toMillis();
        int windowStart = p.lastIndexAtOrBefore(now - window, index);
        double ratio = series.ratio(index);
        if (windowStart < 0 || Double.isNaN(ratio)) {
            return Assessment.insufficient(p.instant(index));
        }
        // windows that do not overlap: as informative as all of them, and a fraction of the sorting
        int stride = (int) Math.max(1, window / settings.bucketWidth().toMillis());
        double[] baseline = series.ratiosEndingIn(now - window - settings.baselineWindow().toMillis(), now - window, index,
                stride);
        int minBaseline = (int) Math.max(MIN_BASELINE_WINDOWS,
                settings.baselineWindow().toMillis() / settings.bucketWidth().toMillis() / stride / 4);
        boolean baselineKnown = baseline.length >= minBaseline;
        double centre = 0;
        double spread = MIN_SPREAD;
        if (baselineKnown) {
            Arrays.sort(baseline);
            centre = TrendDetector.quantile(baseline, 0.5);
            for (int i = 0; i < baseline.length; i++) {
                baseline[i] = Math.abs(baseline[i] - centre);
            }
            Arrays.sort(baseline);
            spread = Math.max(MAD_TO_SIGMA * TrendDetector.quantile(baseline, 0.5), MIN_SPREAD);
        }
        double z = baselineKnown ? (ratio - centre) / spread : 0;
        double lift = baselineKnown ? Math.exp(ratio - centre) : 1;
        double persistence = series.shareOfBucketsAbove(now - settings.persistenceWindow().toMillis(), index,
                settings.elevatedLift() * Math.exp(centre));
        long viewsGained = p.hwm[index] - p.hwm[windowStart];
        long creators = p.creators[index];
        int previousStart = p.lastIndexAtOrBefore(now - 2 * window, index);
        double growth = previousStart < 0 ? 0
                : TrendDetector.round2(Math.max(-100, Math.min(10_000,
                        (viewsGained - (p.hwm[windowStart] - p.hwm[previousStart]))
                                / (double) Math.max(p.hwm[windowStart] - p.hwm[previousStart], 1) * 100)));

        boolean supported = baselineKnown && viewsGained >= settings.minVolume() && creators >= settings.minCreators();
        boolean detected = supported && z >= settings.threshold() && lift >= settings.minLift()
                && persistence >= settings.persistenceShare();
        boolean elevated = supported && z >= settings.elevatedZ() && lift >= settings.elevatedLift();
        Breakdown breakdown = new Breakdown(TrendDetector.percent(z / (2 * settings.threshold())),
                TrendDetector.percent(TrendDetector.log2(lift) / 2), TrendDetector.percent(Math.log10(1 + creators) / 3),
                TrendDetector.percent(Math.log10(1 + viewsGained) / 7), TrendDetector.round2(z), TrendDetector.round2(lift),
                TrendDetector.round2(persistence), viewsGained, creators);
        int score = breakdown.score();
        Direction direction = lift > 1.15 ? Direction.RISING : lift < 0.87 ? Direction.FALLING : Direction.STABLE;
        Lifecycle lifecycle = switch (direction) {
            case RISING -> Lifecycle.EMERGING;
            case STABLE -> Lifecycle.PEAKING;
            case FALLING -> Lifecycle.DECAYING;
        };
        return new Assessment(p.instant(index), detected, elevated, supported, score, Level.of(score), direction, lifecycle,
                growth, breakdown);
    }

    /**
     * One series with its expectations and window ratios, computed on first use and kept, so a
     * replay over all points costs each of them once. Not thread-safe (one replay, one thread).
     */
    final class Prepared {

        final Points points;
        private final double[] expected;
        private final double[] ratios;
        private final double floor;

        Prepared(Points points) {
            this.points = points;
            this.expected = new double[points.size];
            this.ratios = new double[points.size];
            Arrays.fill(expected, Double.NEGATIVE_INFINITY);
            Arrays.fill(ratios, Double.NEGATIVE_INFINITY);
            this.floor = (double) settings.window().toMillis() / settings.bucketWidth().toMillis();
        }

        /** Views per hour gained in the interval ending at {@code i}, NaN where there is none. */
        double rate(int i) {
            if (i < 1) {
                return Double.NaN;
            }
            double hours = points.hours(i);
            return hours > 0 ? points.increment(i) / hours : Double.NaN;
        }

        /**
         * Expected views per hour of the interval ending at {@code i}: the median of the same
         * phase in the last {@code seasons} periods; with fewer than three of them, the median of
         * the last period; NaN if neither is known. Uses only intervals before {@code i}.
         */
        double expected(int i) {
            if (expected[i] != Double.NEGATIVE_INFINITY) {
                return expected[i];
            }
            long period = settings.seasonPeriod().toMillis();
            double[] values = new double[settings.seasons()];
            int count = 0;
            for (int k = 1; k <= settings.seasons(); k++) {
                int j = points.indexAt(points.at[i] - k * period, i - 1);
                double rate = rate(j);
                if (!Double.isNaN(rate)) {
                    values[count++] = rate;
                }
            }
            double value;
            if (count >= MIN_SEASONS) {
                value = median(values, count);
            } else {
                int from = points.lastIndexAtOrBefore(points.at[i] - period, i - 1);
                double[] recent = new double[Math.max(0, i - 1 - from)];
                int n = 0;
                for (int j = from + 1; j < i; j++) {
                    double rate = rate(j);
                    if (!Double.isNaN(rate)) {
                        recent[n++] = rate;
                    }
                }
                value = n >= MIN_SEASONS ? median(recent, n) : Double.NaN;
            }
            expected[i] = value;
            return value;
        }

        /** log((views gained in the window ending at i + floor) / (expected views + floor)); NaN if unknown. */
        double ratio(int i) {
            if (ratios[i] != Double.NEGATIVE_INFINITY) {
                return ratios[i];
            }
            double value = Double.NaN;
            int start = points.lastIndexAtOrBefore(points.at[i] - settings.window().toMillis(), i);
            if (start >= 0 && start < i) {
                double expectedViews = 0;
                for (int j = start + 1; j <= i && !Double.isNaN(expectedViews); j++) {
                    double hours = points.hours(j);
                    if (hours > 0) {
                        expectedViews += expected(j) * hours;
                    }
                }
                if (!Double.isNaN(expectedViews)) {
                    value = Math.log((points.hwm[i] - points.hwm[start] + floor) / (expectedViews + floor));
                }
            }
            ratios[i] = value;
            return value;
        }

        /** Window ratios ending in the range, every {@code stride}-th point counted back from its end. */
        double[] ratiosEndingIn(long fromExclusive, long toInclusive, int maxIndex, int stride) {
            int last = points.lastIndexAtOrBefore(toInclusive, maxIndex);
            int first = Math.max(points.lastIndexAtOrBefore(fromExclusive, maxIndex) + 1, 1);
            double[] values = new double[Math.max(0, (last - first) / stride + 1)];
            int n = 0;
            for (int j = last; j >= first; j -= stride) {
                double value = ratio(j);
                if (!Double.isNaN(value)) {
                    values[n++] = value;
                }
            }
            return n == values.length ? values : Arrays.copyOf(values, n);
        }

        /** Share of the buckets ending after {@code fromExclusive} whose views are at least {@code factor} × expected. */
        double shareOfBucketsAbove(long fromExclusive, int index, double factor) {
            int count = 0;
            int above = 0;
            for (int j = index; j >= 1 && points.at[j] > fromExclusive; j--) {
                double hours = points.hours(j);
                double expectedRate = expected(j);
                if (hours <= 0 || Double.isNaN(expectedRate)) {
                    continue;
                }
                count++;
                if (points.increment(j) + 1 >= factor * (expectedRate * hours + 1)) {
                    above++;
                }
            }
            return count == 0 ? 0 : (double) above / count;
        }

        private static double median(double[] values, int count) {
            double[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            return TrendDetector.quantile(sorted, 0.5);
        }
    }
}
