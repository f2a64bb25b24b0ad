package io.trendscout.trend.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

    /**
     * The stages on hourly buckets: the sandbox's planted shapes (emerging, peaking, decaying,
     * weekly seasonal; decoys: one-hour spike, one creator with huge volume, slow steady grower,
     * background with daily and weekly rhythm), several seeds, each series replayed causally bucket
     * by bucket through the early and confirmed detectors and the stage machine.
     */
    @Test
    void stagesOnHourlyBuckets() {
        StageScores scores = evaluateStages(Duration.ofHours(1), 12);
        scores.print("hourly");
        scores.assertTargets();
    }

    @Test
    void stagesOnDailyBuckets() {
        StageScores scores = evaluateStages(Duration.ofDays(1), 12);
        scores.print("daily");
        scores.assertTargets();
    }

    /** Five-minute buckets: how soon the early warning comes after a burst becomes visible. */
    @Test
    void earlyWarningOnFiveMinuteBuckets() {
        StageScores scores = evaluateStages(Duration.ofMinutes(5), 4);
        scores.print("5-minute");
        assertThat(scores.medianLeadHours()).isPositive();
        assertThat(scores.medianEarlyBeforeConfirmed()).isPositive();
        assertThat(scores.confirmedDecoys()).isEmpty();
    }

    static StageScores evaluateStages(Duration step, int seeds) {
        DetectionProfile profile = DetectionProfile.forBucket(step);
        SeriesJudge judge = new SeriesJudge(profile);
        TrendStages stages = new TrendStages(profile);
        StageScores scores = new StageScores(profile);
        long started = System.nanoTime();
        for (SyntheticSeries.Shape shape : SyntheticSeries.Shape.values()) {
            for (int seed = 0; seed < seeds; seed++) {
                SyntheticSeries.Planted series = SyntheticSeries.planted(shape, step, seed);
                SeriesJudge.Replay replay = judge.replay(series.points());
                StageState state = StageState.INITIAL;
                List<StageChange> changes = new ArrayList<>();
                for (int i = series.replayFrom(); i < replay.size(); i++) {
                    StageStep next = stages.next(state, replay.verdictAt(i));
                    state = next.state();
                    next.change().ifPresent(changes::add);
                    scores.verdicts++;
                }
                if (step.compareTo(Duration.ofDays(1)) >= 0 && shape == SyntheticSeries.Shape.WEEKLY_SEASONAL) {
                    scores.addUnscored(series, changes);
                } else {
                    scores.add(series, changes, state);
                }
            }
        }
        scores.nanos = System.nanoTime() - started;
        return scores;
    }

    /** Stage outcomes of a labelled set; see DETECTION.md §7 for the definitions. */
    static final class StageScores {

        final DetectionProfile profile;
        int tp, fp, fn, series, negatives, negativesAlarmed, verdicts;
        long nanos;
        final List<Double> confirmedVsPeak = new ArrayList<>();
        final List<Double> earlyLead = new ArrayList<>();
        final List<Double> earlyAfterDoubling = new ArrayList<>();
        final List<Double> earlyBeforeConfirmed = new ArrayList<>();
        final List<String> confirmedDecoys = new ArrayList<>();
        final List<String> falseAlarms = new ArrayList<>();
        final List<String> notWithdrawn = new ArrayList<>();
        final List<String> missed = new ArrayList<>();
        int withdrawn, unscored, unscoredEarly, unscoredConfirmed, spikesSeries;

        StageScores(DetectionProfile profile) {
            this.profile = profile;
        }

        /**
         * A weekly peak of ~1 day (the sandbox's 10-hour bump) is one elevated day a week on daily
         * buckets: indistinguishable from a weekly sales rhythm, so it is not confirmable by a
         * detector that needs persistence. Reported, not scored.
         */
        void addUnscored(SyntheticSeries.Planted s, List<StageChange> changes) {
            unscored++;
            unscoredEarly += changes.stream().anyMatch(c -> c.to() == Stage.EARLY) ? 1 : 0;
            unscoredConfirmed += changes.stream().anyMatch(c -> c.to() == Stage.CONFIRMED) ? 1 : 0;
        }

        void add(SyntheticSeries.Planted s, List<StageChange> changes, StageState last) {
            series++;
            String label = s.shape() + "#" + s.seed();
            Instant end = s.points().getLast().at();
            StageChange confirmed = changes.stream().filter(c -> c.to() == Stage.CONFIRMED).findFirst().orElse(null);
            StageChange raised = changes.stream().filter(c -> c.to().raised()).findFirst().orElse(null);
            withdrawn += (int) changes.stream().filter(c -> c.to() == Stage.WITHDRAWN).count();
            if (last.stage() == Stage.EARLY && last.lastElevatedAt() != null
                    && Duration.between(last.lastElevatedAt(), end).compareTo(profile.stages().withdrawAfter()) > 0) {
                notWithdrawn.add(label);
            }
            if (!s.trend()) {
                negatives++;
                spikesSeries += s.shape() == SyntheticSeries.Shape.DECOY_SPIKE ? 1 : 0;
                if (confirmed != null) {
                    confirmedDecoys.add(label);
                    fp++;
                }
                if (raised != null) {
                    negativesAlarmed++;
                    falseAlarms.add(s.shape().name());
                }
                return;
            }
            if (confirmed == null) {
                fn++;
                missed.add(s.shape().name());
            } else if (s.episodeAt(confirmed.at()) < 0) {
                fp++;
                fn++;
                confirmedDecoys.add(label + "(outside its episodes)");
            } else {
                tp++;
                int episode = s.episodeAt(confirmed.at());
                confirmedVsPeak.add(hours(s.peaks().get(episode), confirmed.at()));
            }
            for (StageChange c : changes) {
                if (c.to().raised() && s.episodeAt(c.at()) < 0 && (confirmed == null || c.at().isBefore(confirmed.at()))) {
                    falseAlarms.add(s.shape() + "(before its burst)");
                    break;
                }
            }
            StageChange first = changes.stream().filter(c -> c.to().raised() && s.episodeAt(c.at()) >= 0).findFirst()
                    .orElse(null);
            if (first != null) {
                int episode = s.episodeAt(first.at());
                earlyLead.add(hours(first.at(), s.peaks().get(episode)));
                earlyAfterDoubling.add(hours(s.doubled().get(episode), first.at()));
                if (confirmed != null && s.episodeAt(confirmed.at()) == episode) {
                    earlyBeforeConfirmed.add(hours(first.at(), confirmed.at()));
                }
            }
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double falseAlarmRate() {
            return negatives == 0 ? 0 : (double) negativesAlarmed / negatives;
        }

        double medianLeadHours() {
            return median(earlyLead);
        }

        double medianEarlyAfterDoubling() {
            return median(earlyAfterDoubling);
        }

        double medianEarlyBeforeConfirmed() {
            return median(earlyBeforeConfirmed);
        }

        /** Decoys other than the one-hour spike (which looks like any burst for its first hour) and background. */
        double falseAlarmRateWithoutSpikes() {
            long others = falseAlarms.stream().filter(k -> !k.equals("DECOY_SPIKE") && !k.contains("(")).count();
            return (double) others / Math.max(1, negatives - spikesSeries);
        }

        List<String> confirmedDecoys() {
            return confirmedDecoys;
        }

        void print(String name) {
            System.out.printf("Stage evaluation, %s buckets: %d series (%d trends), %d causal verdicts in %.0f ms (%.1f us each)%n",
                    name, series, series - negatives, verdicts, nanos / 1e6, nanos / 1e3 / Math.max(1, verdicts));
            System.out.printf("  early:     median lead before the planted peak %.1f h, median %.1f h after activity doubled, "
                    + "%.1f h before confirmation; raised on %d of %d trends%n", medianLeadHours(), medianEarlyAfterDoubling(),
                    median(earlyBeforeConfirmed), earlyLead.size(), series - negatives);
            System.out.printf("  early:     false-alarm rate on decoys and background %.3f (%d of %d series; withdrawn %d times), "
                    + "%.3f without the one-hour spikes; raised by %s%n", falseAlarmRate(), negativesAlarmed, negatives, withdrawn,
                    falseAlarmRateWithoutSpikes(), sortedCounts(falseAlarms));
            System.out.printf("  confirmed: precision %.3f  recall %.3f  median detection %+.1f h relative to the peak  "
                    + "(TP %d, FP %d, FN %d) confirmed decoys %s, missed %s%n", precision(), recall(), median(confirmedVsPeak),
                    tp, fp, fn, confirmedDecoys, sortedCounts(missed));
            if (unscored > 0) {
                System.out.printf("  not scored: %d weekly one-day peaks (early raised on %d, confirmed on %d)%n", unscored,
                        unscoredEarly, unscoredConfirmed);
            }
            if (!notWithdrawn.isEmpty()) {
                System.out.println("  early warnings left standing without elevation: " + notWithdrawn);
            }
        }

        void assertTargets() {
            assertThat(precision()).as("confirmed precision").isGreaterThanOrEqualTo(0.9);
            assertThat(recall()).as("confirmed recall").isGreaterThanOrEqualTo(0.8);
            assertThat(confirmedDecoys).as("confirmed decoys").isEmpty();
            assertThat(medianLeadHours()).as("early median lead before the peak").isPositive();
            assertThat(notWithdrawn).as("dead early warnings are withdrawn").isEmpty();
            // a one-hour spike looks like any burst for its first hour, so it may raise a warning (withdrawn
            // hours later); on everything else a false alarm must be rare: at most 1 series in 10
            assertThat(falseAlarmRateWithoutSpikes()).as("early false alarms without the spikes").isLessThanOrEqualTo(0.1);
        }

        private static double hours(Instant from, Instant to) {
            return Duration.between(from, to).toMinutes() / 60.0;
        }

        private static String sortedCounts(List<String> labels) {
            java.util.Map<String, Long> counts = new java.util.TreeMap<>();
            labels.forEach(l -> counts.merge(l, 1L, Long::sum));
            return counts.toString();
        }
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

    static double median(List<Double> values) {
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
