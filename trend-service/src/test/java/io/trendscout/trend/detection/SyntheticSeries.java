package io.trendscout.trend.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Labelled synthetic series for the evaluation: 60 days of cumulative counters every 6 hours.
 * Positives are bursts (a logistic adoption curve on top of the normal rate); everything else is
 * negative: flat, noisy, weekly seasonal, slow steady growth, and a spike that dies within 12 hours.
 * Deterministic for a given kind and seed.
 */
record SyntheticSeries(Kind kind, long seed, List<SeriesPoint> points, Instant onset) {

    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    static final Duration STEP = Duration.ofHours(6);
    static final int POINTS = 60 * 4;

    enum Kind {
        FLAT, NOISY, SEASONAL_WEEKLY, SLOW_GROWTH, BURST, SPIKE_AND_DIE
    }

    boolean positive() {
        return kind == Kind.BURST;
    }

    static SyntheticSeries generate(Kind kind, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + kind.ordinal());
        double base = 200 + random.nextDouble() * 1800;
        double noise = switch (kind) {
            case FLAT -> 0.05;
            case NOISY -> 0.6;
            default -> 0.15;
        };
        double eventHour = (20 + random.nextDouble() * 25) * 24;
        double riseHours = (2 + random.nextDouble() * 6) * 24;
        double r = Math.log(81) / riseHours;
        double peakMultiple = 3 + random.nextDouble() * 17;
        double k = peakMultiple * base * 4 / r;
        double t0 = eventHour + Math.log(81) / 2 / r;
        double spikeViews = base * 6 * (10 + random.nextDouble() * 30);
        int spikeIntervals = 1 + random.nextInt(2);
        double slope = 0.03 + random.nextDouble() * 0.05;
        double amplitude = 0.4 + random.nextDouble() * 0.3;
        double phase = random.nextDouble() * 2 * Math.PI;

        List<SeriesPoint> points = new ArrayList<>(POINTS);
        double views = base * 24 * (30 + random.nextDouble() * 300);
        double creators = 5 + random.nextDouble() * 45;
        Instant onset = null;
        for (int i = 0; i < POINTS; i++) {
            double hour = i * 6.0;
            double rate = base;
            switch (kind) {
                case SEASONAL_WEEKLY -> rate *= 1 + amplitude * Math.sin(2 * Math.PI * hour / 168 + phase);
                case SLOW_GROWTH -> rate *= 1 + slope * hour / 24;
                default -> {
                }
            }
            double increment = i == 0 ? 0 : rate * 6 * Math.exp(noise * random.nextGaussian() - noise * noise / 2);
            if (i > 0 && kind == Kind.BURST) {
                double extra = k * (logistic(r, t0, hour) - logistic(r, t0, hour - 6));
                increment += extra * Math.exp(0.15 * random.nextGaussian());
                if (onset == null && extra / 6 >= 0.25 * base) {
                    onset = START.plus(STEP.multipliedBy(i));
                }
                creators += extra / 20_000;
            }
            if (kind == Kind.SPIKE_AND_DIE && hour >= eventHour && hour < eventHour + 6 * spikeIntervals) {
                increment += spikeViews / spikeIntervals;
            }
            creators += random.nextDouble() * 0.3;
            views += increment;
            points.add(new SeriesPoint(START.plus(STEP.multipliedBy(i)), Math.round(views), Math.round(views * 0.08),
                    Math.round(views * 0.01), Math.round(views * 0.005), Math.round(creators * 1.5), Math.round(creators)));
        }
        return new SyntheticSeries(kind, seed, points, onset);
    }

    private static double logistic(double r, double t0, double x) {
        return 1 / (1 + Math.exp(-r * (x - t0)));
    }
}
