package io.trendscout.trend.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * Precision, recall, F1 and median detection delay of the detector against a naive baseline (a
 * threshold on the raw window-over-window growth rate, with the same minimum support), on labelled
 * synthetic series replayed point by point as they would arrive. The baseline's threshold is the
 * best of a grid on a separate training set of seeds; both are then scored on the same test seeds.
 */
class DetectionEvaluationTests {

    private static final int WARMUP = 14 * 4;
    private static final double[] BASELINE_THRESHOLDS = {25, 50, 75, 100, 150, 200, 300, 500};
    private final TrendDetector detector = new TrendDetector(DetectorSettings.defaults());

    @Test
    void detectorBeatsTheNaiveGrowthBaselineOnF1() {
        List<SyntheticSeries> training = dataset(1_000);
        double bestThreshold = BASELINE_THRESHOLDS[0];
        double bestF1 = -1;
        for (double threshold : BASELINE_THRESHOLDS) {
            double f1 = evaluate(training, naive(threshold)).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                bestThreshold = threshold;
            }
        }
        List<SyntheticSeries> test = dataset(0);
        Scores ours = evaluate(test, Assessment::detected);
        Scores baseline = evaluate(test, naive(bestThreshold));

        System.out.printf("Detection evaluation on %d synthetic series (%d bursts), replayed point by point:%n",
                test.size(), test.stream().filter(SyntheticSeries::positive).count());
        System.out.println("  detector        " + ours);
        System.out.printf("  naive baseline  %s  (growth >= %.0f %%/24h, best threshold on training seeds)%n", baseline,
                bestThreshold);
        System.out.println("  false positives by kind (detector): " + ours.falsePositiveKinds());
        System.out.println("  false positives by kind (baseline): " + baseline.falsePositiveKinds());

        assertThat(ours.f1()).isGreaterThan(baseline.f1());
        assertThat(ours.precision()).isGreaterThanOrEqualTo(0.8);
        assertThat(ours.recall()).isGreaterThanOrEqualTo(0.8);
    }

    private Predicate<Assessment> naive(double threshold) {
        return a -> a.supported() && a.growthRate() >= threshold;
    }

    static List<SyntheticSeries> dataset(long seedOffset) {
        List<SyntheticSeries> all = new ArrayList<>();
        for (int seed = 0; seed < 30; seed++) {
            all.add(SyntheticSeries.generate(SyntheticSeries.Kind.BURST, seedOffset + seed));
        }
        for (SyntheticSeries.Kind kind : SyntheticSeries.Kind.values()) {
            if (kind != SyntheticSeries.Kind.BURST) {
                for (int seed = 0; seed < 15; seed++) {
                    all.add(SyntheticSeries.generate(kind, seedOffset + seed));
                }
            }
        }
        return all;
    }

    private Scores evaluate(List<SyntheticSeries> series, Predicate<Assessment> fires) {
        int tp = 0, fp = 0, fn = 0;
        List<Double> delays = new ArrayList<>();
        List<String> fpKinds = new ArrayList<>();
        for (SyntheticSeries s : series) {
            Assessment first = null;
            for (int i = WARMUP; i <= s.points().size(); i++) {
                Assessment assessment = detector.assess(s.points().subList(0, i));
                if (fires.test(assessment)) {
                    first = assessment;
                    break;
                }
            }
            if (!s.positive()) {
                if (first != null) {
                    fp++;
                    fpKinds.add(s.kind().name());
                }
            } else if (first == null) {
                fn++;
            } else if (first.at().isBefore(s.onset())) {
                fp++;
                fn++;
                fpKinds.add("BURST(before onset)");
            } else {
                tp++;
                delays.add(Duration.between(s.onset(), first.at()).toMinutes() / 60.0);
            }
        }
        return new Scores(tp, fp, fn, median(delays), fpKinds);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return TrendDetector.quantile(sorted, 0.5);
    }

    record Scores(int tp, int fp, int fn, double medianDelayHours, List<String> falsePositiveKinds) {

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("precision %.3f  recall %.3f  F1 %.3f  median delay %.1f h  (TP %d, FP %d, FN %d)",
                    precision(), recall(), f1(), medianDelayHours, tp, fp, fn);
        }

        @Override
        public List<String> falsePositiveKinds() {
            return Arrays.stream(falsePositiveKinds.toArray(String[]::new)).sorted().toList();
        }
    }
}
