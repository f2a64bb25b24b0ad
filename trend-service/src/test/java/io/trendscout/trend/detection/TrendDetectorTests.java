package io.trendscout.trend.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.trendscout.trend.TestSeries;
import org.junit.jupiter.api.Test;

class TrendDetectorTests {

    private final TrendDetector detector = new TrendDetector(DetectorSettings.defaults());
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void aQuietSeriesIsNotATrend() {
        Assessment a = detector.assess(series(24 * 10, h -> 1_000.0));
        assertThat(a.detected()).isFalse();
        assertThat(a.supported()).isTrue();
        assertThat(a.direction()).isEqualTo(Direction.STABLE);
        assertThat(a.level()).isEqualTo(Level.LOW);
    }

    @Test
    void aSustainedBurstIsDetectedRisingAndEmergingWithAnExplainedScore() {
        List<SeriesPoint> points = TestSeries.burst(T0).stream()
                .map(r -> SeriesPoint.views(r.at(), r.views(), r.creators())).toList();
        Assessment a = detector.assess(points);
        assertThat(a.detected()).isTrue();
        assertThat(a.direction()).isEqualTo(Direction.RISING);
        assertThat(a.lifecycle()).isEqualTo(Lifecycle.EMERGING);
        assertThat(a.breakdown().burstZ()).isGreaterThan(3);
        assertThat(a.breakdown().velocity()).isEqualTo(100);
        assertThat(a.score()).isEqualTo((int) Math.round(0.35 * a.breakdown().velocity() + 0.2 * a.breakdown().acceleration()
                + 0.2 * a.breakdown().breadth() + 0.25 * a.breakdown().volume()));
        assertThat(a.growthRate()).isPositive();
    }

    @Test
    void aGapIsSpreadOverItsHoursInsteadOfLookingLikeABurst() {
        List<SeriesPoint> points = new ArrayList<>(series(24 * 10, h -> 1_000.0));
        SeriesPoint last = points.getLast();
        // three days without data, then the counter has grown by the usual 1,000 views per hour
        points.add(SeriesPoint.views(last.at().plus(Duration.ofHours(72)), last.views() + 72_000, 50));
        Assessment a = detector.assess(points);
        assertThat(a.detected()).isFalse();
        assertThat(a.breakdown().lift()).isBetween(0.8, 1.2);
    }

    @Test
    void aCounterThatGoesDownIsACorrectionNotNegativeGrowthAndItsRecoveryIsNotABurst() {
        List<SeriesPoint> points = new ArrayList<>(series(24 * 10, h -> 1_000.0));
        SeriesPoint last = points.getLast();
        long v = last.views() - 200_000;
        for (int h = 1; h <= 24; h++) {
            v += h <= 12 ? 17_000 : 1_000; // recovering what was deleted, then normal again
            points.add(SeriesPoint.views(last.at().plus(Duration.ofHours(h)), v, 50));
        }
        Assessment a = detector.assess(points);
        assertThat(a.detected()).isFalse();
        assertThat(a.breakdown().viewsGained()).isGreaterThanOrEqualTo(0);
        assertThat(a.growthRate()).isBetween(-100.0, 10_000.0);
    }

    @Test
    void tooLittleSupportIsNeverATrend() {
        List<SeriesPoint> few = series(8, h -> h < 5 ? 10.0 : 100_000.0);
        assertThat(detector.assess(few).detected()).isFalse();
        List<SeriesPoint> oneCreator = series(24 * 10, h -> h < 200 ? 1_000.0 : 50_000.0).stream()
                .map(p -> new SeriesPoint(p.at(), p.views(), 0, 0, 0, 0, 1)).toList();
        Assessment a = detector.assess(oneCreator);
        assertThat(a.supported()).isFalse();
        assertThat(a.detected()).isFalse();
    }

    @Test
    void emptyAndSinglePointSeriesAreInsufficient() {
        assertThat(detector.assess(List.of()).supported()).isFalse();
        assertThat(detector.assess(series(1, h -> 1.0)).supported()).isFalse();
    }

    @Test
    void aDecliningSeriesIsFallingAndDecaying() {
        Assessment a = detector.assess(series(24 * 10, h -> h < 180 ? 5_000.0 : 500.0));
        assertThat(a.direction()).isEqualTo(Direction.FALLING);
        assertThat(a.lifecycle()).isEqualTo(Lifecycle.DECAYING);
        assertThat(a.detected()).isFalse();
    }

    @Test
    void theLogisticFitFindsThePeakOfACleanSCurve() {
        double r = 0.08;
        double t0 = 200;
        List<SeriesPoint> points = new ArrayList<>();
        for (int h = 0; h <= 300; h++) {
            double views = 100_000 + 500 * h + 2_000_000 / (1 + Math.exp(-r * (h - t0)));
            points.add(SeriesPoint.views(T0.plus(Duration.ofHours(h)), Math.round(views), 40));
        }
        Prediction p = new PeakPredictor().predict(points).orElseThrow();
        assertThat(Duration.between(T0.plus(Duration.ofHours(200)), p.peakDate()).abs()).isLessThan(Duration.ofHours(6));
        assertThat(p.maxViewEstimate()).isBetween(2_000_000L, 2_400_000L);
        assertThat(p.expectedDuration()).isBetween(2 * Math.log(19) / r / 24 * 0.8, 2 * Math.log(19) / r / 24 * 1.2);
        assertThat(p.confidenceScore()).isGreaterThan(80);
    }

    @Test
    void anEarlyRiseGetsAPredictionWithLowConfidence() {
        List<SeriesPoint> points = new ArrayList<>();
        for (int h = 0; h <= 120; h++) {
            double views = 100_000 + 1_000 * h + 5_000_000 / (1 + Math.exp(-0.05 * (h - 250)));
            points.add(SeriesPoint.views(T0.plus(Duration.ofHours(h)), Math.round(views), 40));
        }
        Prediction p = new PeakPredictor().predict(points).orElseThrow();
        assertThat(p.confidenceScore()).isLessThan(50);
        assertThat(p.peakDate()).isAfter(T0.plus(Duration.ofHours(120)));
    }

    @Test
    void thePredictorNeedsAFewPointsAndIsDeterministic() {
        assertThat(new PeakPredictor().predict(series(3, h -> 10.0))).isEmpty();
        List<SeriesPoint> points = TestSeries.burst(T0).stream()
                .map(row -> SeriesPoint.views(row.at(), row.views(), row.creators())).toList();
        assertThat(new PeakPredictor().predict(points)).isEqualTo(new PeakPredictor().predict(points));
    }

    private static List<SeriesPoint> series(int hours, java.util.function.IntToDoubleFunction rate) {
        List<SeriesPoint> points = new ArrayList<>();
        double views = 100_000;
        for (int h = 0; h < hours; h++) {
            views += h == 0 ? 0 : rate.applyAsDouble(h) * (1 + 0.05 * Math.sin(h * 1.3));
            points.add(SeriesPoint.views(T0.plus(Duration.ofHours(h)), Math.round(views), 50));
        }
        return points;
    }
}
