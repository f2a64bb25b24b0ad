package io.trendscout.trend.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.trend.detection.DetectorSettings;
import io.trendscout.trend.detection.PeakPredictor;
import io.trendscout.trend.detection.SeriesPoint;
import io.trendscout.trend.detection.TrendDetector;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TrendIngestion;
import io.trendscout.trend.trends.TrendType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Throughput for 1,000,000 points: 1,000 series × 1,000 hourly points, delivered as 42 daily
 * batches (24 points per series, like a daily fetch); after each batch every touched series is
 * scored. Measured twice: the detector alone in memory, and the service path (validation,
 * PostgreSQL bucket upserts, scoring with the outbox). Not part of the build (the class name
 * matches no test pattern); run on purpose:
 * {@code mvn -B -o -pl trend-service test -Dtest=TrendThroughputBench -Dsurefire.failIfNoSpecifiedTests=false}
 * and read {@code target/surefire-reports/io.trendscout.trend.bench.TrendThroughputBench-output.txt}.
 */
@PlatformIntegrationTest
class TrendThroughputBench {

    static final int SERIES = 1_000;
    static final int POINTS = 1_000;
    static final int BATCH_HOURS = 24;

    @Autowired
    TrendIngestion ingestion;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneMillionPoints() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(POINTS));
        inMemory(start);
        throughTheService(start);
    }

    private void inMemory(Instant start) {
        TrendDetector detector = new TrendDetector(DetectorSettings.defaults());
        PeakPredictor predictor = new PeakPredictor();
        long begin = System.nanoTime();
        long scorings = 0;
        long detections = 0;
        List<List<SeriesPoint>> all = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            all.add(new ArrayList<>(POINTS));
        }
        for (int from = 0; from < POINTS; from += BATCH_HOURS) {
            for (int s = 0; s < SERIES; s++) {
                List<SeriesPoint> points = all.get(s);
                for (int h = from; h < Math.min(POINTS, from + BATCH_HOURS); h++) {
                    long[] v = values(s, h);
                    points.add(new SeriesPoint(start.plus(Duration.ofHours(h)), v[0], v[0] / 10, v[0] / 100, v[0] / 200, v[1], v[1]));
                }
                // the service scores the last 30 days of hourly buckets
                List<SeriesPoint> window = points.subList(Math.max(0, points.size() - 720), points.size());
                if (detector.assess(window).detected()) {
                    detections++;
                    predictor.predict(window);
                }
                scorings++;
            }
        }
        report("in memory (detector + predictor)", begin, scorings, "scorings that detected", detections);
    }

    private void throughTheService(Instant start) {
        long begin = System.nanoTime();
        long scorings = 0;
        for (int from = 0; from < POINTS; from += BATCH_HOURS) {
            List<Observation> batch = new ArrayList<>(SERIES * BATCH_HOURS);
            for (int s = 0; s < SERIES; s++) {
                for (int h = from; h < Math.min(POINTS, from + BATCH_HOURS); h++) {
                    long[] v = values(s, h);
                    batch.add(Observation.of(TrendType.HASHTAG, "bench" + s, null, s % 2 == 0 ? "beauty" : "fitness",
                            start.plus(Duration.ofHours(h)), v[0], v[0] / 10, v[0] / 100, v[0] / 200, v[1], v[1]));
                }
            }
            scorings += ingestion.ingest(batch).size();
        }
        Long detected = jdbc.queryForObject("select count(*) from trend where first_detected is not null", Long.class);
        report("service (validation + PostgreSQL upserts + scoring + outbox)", begin, scorings, "series detected",
                detected == null ? 0 : detected);
    }

    /** Every tenth series bursts somewhere in its second half; the rest are noisy flat series. */
    private static long[] values(int series, int hour) {
        SplittableRandom random = new SplittableRandom(series * 7919L + hour);
        double base = 200 + series % 50 * 40;
        double views = 1_000_000 + base * hour * (1 + 0.1 * (random.nextDouble() - 0.5));
        double creators = 20 + hour * 0.05;
        if (series % 10 == 0) {
            double t0 = 500 + series % 400;
            views += 50 * base * 24 / (1 + Math.exp(-0.05 * (hour - t0))) * 20;
            creators += 500 / (1 + Math.exp(-0.05 * (hour - t0)));
        }
        return new long[] {Math.round(views), Math.round(creators)};
    }

    private static void report(String what, long beginNanos, long scorings, String detectedLabel, long detections) {
        double seconds = (System.nanoTime() - beginNanos) / 1e9;
        long points = (long) SERIES * POINTS;
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf("%s: %,d points, %,d series scorings, %d %s, %.1f s -> %,.0f points/s "
                + "(%,.0f scorings/s); machine load average %.1f on %d cores%n", what, points, scorings, detections,
                detectedLabel, seconds, points / seconds, scorings / seconds, load, Runtime.getRuntime().availableProcessors());
    }
}
