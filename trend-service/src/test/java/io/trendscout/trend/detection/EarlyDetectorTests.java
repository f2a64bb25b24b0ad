package io.trendscout.trend.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

class EarlyDetectorTests {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void aSharpBurstOnFiveMinuteBucketsIsRaisedWithinAnHourDespiteADailyRhythm() {
        Duration step = Duration.ofMinutes(5);
        double burstHour = 10 * 24 + 3; // 03:00, the quiet part of the day
        List<SeriesPoint> points = series(step, 11 * 24, h -> h >= burstHour ? 3 : 1, 1);
        SeriesJudge.Replay replay = new SeriesJudge(DetectionProfile.forBucket(step)).replay(points);
        Instant raised = firstEarly(replay, 0);
        assertThat(raised).isNotNull();
        assertThat(Duration.between(hourAt(burstHour), raised)).isBetween(Duration.ZERO, Duration.ofHours(1));
    }

    @Test
    void aSharpBurstOnHourlyBucketsIsRaisedAtTheSecondElevatedBucket() {
        Duration step = Duration.ofHours(1);
        double burstHour = 20 * 24 + 14;
        List<SeriesPoint> points = series(step, 22 * 24, h -> h >= burstHour ? 3 : 1, 2);
        Instant raised = firstEarly(new SeriesJudge(DetectionProfile.forBucket(step)).replay(points), 0);
        assertThat(Duration.between(hourAt(burstHour), raised)).isBetween(Duration.ZERO, Duration.ofHours(2));
    }

    @Test
    void onDailyBucketsTheFirstStronglyElevatedDayRaisesIt() {
        Duration step = Duration.ofDays(1);
        List<SeriesPoint> points = series(step, 80 * 24, h -> h >= 70 * 24 ? 4 : 1, 3);
        Instant raised = firstEarly(new SeriesJudge(DetectionProfile.forBucket(step)).replay(points), 0);
        assertThat(raised).isEqualTo(hourAt(71 * 24)); // the bucket that ends after the first elevated day
    }

    @Test
    void theDailyRhythmAndNoiseAloneRaiseNothing() {
        for (Duration step : List.of(Duration.ofMinutes(5), Duration.ofHours(1))) {
            for (int seed = 0; seed < 5; seed++) {
                List<SeriesPoint> points = series(step, 21 * 24, h -> 1, seed);
                assertThat(firstEarly(new SeriesJudge(DetectionProfile.forBucket(step)).replay(points), 8 * 24))
                        .as(step + " seed " + seed).isNull();
            }
        }
    }

    @Test
    void aVerdictAtAPointIsTheVerdictOnThePrefixEndingThere() {
        List<SeriesPoint> points = SyntheticSeries.planted(SyntheticSeries.Shape.PEAKING, Duration.ofHours(1), 3).points();
        SeriesJudge judge = new SeriesJudge(DetectionProfile.forBucket(Duration.ofHours(1)));
        SeriesJudge.Replay replay = judge.replay(points);
        for (int i = 300; i < points.size(); i += 37) {
            Verdict onPrefix = judge.verdict(points.subList(0, i + 1));
            assertThat(replay.verdictAt(i)).as("index " + i).isEqualTo(onPrefix);
            assertThat(new TrendDetector(DetectorSettings.defaults()).assessAt(points, i)).isEqualTo(onPrefix.confirmed());
        }
        // what comes later never changes an earlier verdict
        List<SeriesPoint> changedFuture = new ArrayList<>(points.subList(0, 500));
        SeriesPoint last = changedFuture.getLast();
        for (int h = 1; h <= 40; h++) {
            changedFuture.add(SeriesPoint.views(last.at().plus(Duration.ofHours(h)), last.views() + h * 1_000_000L, 500));
        }
        assertThat(judge.replay(changedFuture).verdictAt(499)).isEqualTo(replay.verdictAt(499));
    }

    @Test
    void replayingThreeWeeksOfHourlyBucketsIsCheap() {
        SeriesJudge judge = new SeriesJudge(DetectionProfile.forBucket(Duration.ofHours(1)));
        int series = 50;
        int verdicts = 0;
        long started = System.nanoTime();
        for (int s = 0; s < series; s++) {
            List<SeriesPoint> points = SyntheticSeries.planted(SyntheticSeries.Shape.values()[s % 8], Duration.ofHours(1), s)
                    .points();
            SeriesJudge.Replay replay = judge.replay(points);
            for (int i = points.size() - 504; i < points.size(); i++) {
                assertThat(replay.verdictAt(i).at()).isEqualTo(points.get(i).at());
                verdicts++;
            }
        }
        double millis = (System.nanoTime() - started) / 1e6;
        System.out.printf("Replay: %d series x 504 hourly buckets = %d verdicts in %.0f ms (%.1f us per verdict, %.1f ms per series)%n",
                series, verdicts, millis, millis * 1000 / verdicts, millis / series);
        assertThat(verdicts).isEqualTo(series * 504);
    }

    private static Instant firstEarly(SeriesJudge.Replay replay, double fromHour) {
        for (int i = 1; i < replay.size(); i++) {
            Verdict v = replay.verdictAt(i);
            if (!v.at().isBefore(hourAt(fromHour)) && v.early().detected()) {
                return v.at();
            }
        }
        return null;
    }

    private static Instant hourAt(double hour) {
        return T0.plus(Duration.ofSeconds(Math.round(hour * 3600)));
    }

    /** Cumulative views: 1,000 views/h × a ±40 % daily rhythm × lift(h) × 15 % lognormal noise; 60 creators. */
    private static List<SeriesPoint> series(Duration step, int hours, DoubleUnaryOperator lift, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double stepHours = step.toMinutes() / 60.0;
        List<SeriesPoint> points = new ArrayList<>();
        double views = 1_000_000;
        for (int i = 0; i * stepHours <= hours; i++) {
            double h = i * stepHours;
            if (i > 0) {
                double mid = h - stepHours / 2;
                double rhythm = stepHours >= 24 ? 1 : 1 + 0.4 * Math.sin(2 * Math.PI * (mid - 9) / 24);
                views += 1_000 * stepHours * rhythm * lift.applyAsDouble(mid) * Math.exp(0.15 * random.nextGaussian() - 0.01);
            }
            points.add(SeriesPoint.views(hourAt(h), Math.round(views), 60));
        }
        return points;
    }
}
