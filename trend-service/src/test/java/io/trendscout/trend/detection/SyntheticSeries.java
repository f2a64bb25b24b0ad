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

    /**
     * The shapes the sandbox world plants (same intensity formulas as
     * {@code io.trendscout.sandbox.world.Shape}; the sandbox is another module, so they are
     * restated here): a multiplier of the entity's normal activity at a time.
     */
    enum Shape {
        EMERGING(true), PEAKING(true), DECAYING(true), WEEKLY_SEASONAL(true), DECOY_SPIKE(false),
        DECOY_SINGLE_CREATOR(false), DECOY_SLOW_GROWER(false), BACKGROUND(false);

        final boolean trend;

        Shape(boolean trend) {
            this.trend = trend;
        }

        double intensity(double hour, double burstStart, double peak, double peakLift, double growthPerDay) {
            double hoursToPeak = peak - hour;
            double hoursSinceStart = hour - burstStart;
            double riseHours = Math.max(1, peak - burstStart);
            return switch (this) {
                case EMERGING, PEAKING, DECAYING, DECOY_SINGLE_CREATOR -> hoursSinceStart <= 0 ? 1
                        : hoursToPeak >= 0 ? 1 + (peakLift - 1) * Math.pow(hoursSinceStart / riseHours, 2)
                        : 1 + (peakLift - 1) * Math.exp(hoursToPeak / (0.6 * riseHours));
                case WEEKLY_SEASONAL -> {
                    double phase = ((hoursToPeak % 168) + 168) % 168;
                    double distance = Math.min(phase, 168 - phase);
                    yield 1 + (peakLift - 1) * Math.exp(-0.5 * Math.pow(distance / 10, 2));
                }
                case DECOY_SPIKE -> 1 + (peakLift - 1) * Math.exp(-0.5 * Math.pow(hoursToPeak / 0.4, 2));
                case DECOY_SLOW_GROWER -> 1 + Math.max(0, hour / 24) * growthPerDay;
                case BACKGROUND -> 1;
            };
        }
    }

    /**
     * A planted series: cumulative counters per bucket of {@code step}, with the entity's normal
     * rate, a daily and a weekly rhythm, lognormal and count noise, rare one-bucket outliers (a
     * single video doing well) on sub-daily buckets, and the shape's intensity on top.
     *
     * @param replayFrom first index a causal replay judges (the history before it is warm-up)
     * @param episodes   for trends, the stretches in which a detection is right: [burst start, end of
     *                   data] for bursts, [peak - 30 h, peak + 30 h] for each weekly peak; empty for decoys
     * @param peaks      the planted peaks (one per episode)
     * @param doubled    per episode, when the planted activity reached twice the normal (the burst becomes visible)
     */
    record Planted(Shape shape, Duration step, long seed, List<SeriesPoint> points, int replayFrom, List<Instant[]> episodes,
            List<Instant> peaks, List<Instant> doubled) {

        boolean trend() {
            return shape.trend;
        }

        /** The episode containing t, or -1. */
        int episodeAt(Instant t) {
            for (int i = 0; i < episodes.size(); i++) {
                if (!t.isBefore(episodes.get(i)[0]) && !t.isAfter(episodes.get(i)[1])) {
                    return i;
                }
            }
            return -1;
        }
    }

    static Planted planted(Shape shape, Duration step, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + shape.ordinal() * 7_919L + step.toMinutes());
        double stepHours = step.toMinutes() / 60.0;
        boolean daily = stepHours >= 24;
        double totalHours = daily ? 100 * 24 : stepHours < 1 ? 12 * 24 : 40 * 24;
        double replayHours = daily ? 40 * 24 : stepHours < 1 ? 8 * 24 : 16 * 24;
        double end = totalHours - stepHours;
        double riseMin = daily ? 4 * 24 : 36;
        double riseSpan = daily ? 6 * 24 : 60;
        double base = daily ? (20 + random.nextDouble() * 400) / 24 : 300 + random.nextDouble() * 2_700;
        double dailyAmplitude = daily ? 0 : 0.3 + random.nextDouble() * 0.3;
        double dailyPhase = random.nextDouble() * 24;
        double weeklyAmplitude = 0.1 + random.nextDouble() * 0.2;
        double weeklyPhase = random.nextDouble() * 168;
        double noise = 0.1 + random.nextDouble() * 0.25;
        double lift = 6 + random.nextDouble() * 14;
        double growth = 0.01 + random.nextDouble() * 0.03;
        double burstStart = Double.MAX_VALUE;
        double peak = Double.MAX_VALUE;
        switch (shape) {
            case EMERGING -> {
                double rise = riseMin + random.nextDouble() * riseSpan;
                burstStart = end - (0.6 + random.nextDouble() * 0.3) * rise;
                peak = burstStart + rise;
            }
            case PEAKING, DECOY_SINGLE_CREATOR -> {
                double rise = riseMin + random.nextDouble() * riseSpan;
                peak = end - random.nextDouble() * (daily ? 24 : 12);
                burstStart = peak - rise;
            }
            case DECAYING -> {
                double rise = (daily ? 3 * 24 : 24) + random.nextDouble() * (daily ? 4 * 24 : 48);
                peak = end - (daily ? 3 * 24 : 48) - random.nextDouble() * (daily ? 3 * 24 : 72);
                burstStart = peak - rise;
            }
            case WEEKLY_SEASONAL -> {
                lift = 4 + random.nextDouble() * 6;
                peak = end - random.nextDouble() * 168;
            }
            case DECOY_SPIKE -> {
                lift = 10 + random.nextDouble() * 30;
                peak = replayHours + 48 + random.nextDouble() * (end - replayHours - 96);
            }
            default -> {
            }
        }
        List<Instant[]> episodes = new ArrayList<>();
        List<Instant> peaks = new ArrayList<>();
        List<Instant> doubled = new ArrayList<>();
        if (shape == Shape.WEEKLY_SEASONAL) {
            for (double p = peak; p >= replayHours; p -= 168) {
                episodes.addFirst(new Instant[] {at(p - 30), at(p + 30)});
                peaks.addFirst(at(p));
                doubled.addFirst(at(p - 10 * Math.sqrt(2 * Math.log(lift - 1))));
            }
        } else if (shape.trend) {
            episodes.add(new Instant[] {at(burstStart), at(end)});
            peaks.add(at(peak));
            doubled.add(at(burstStart + (peak - burstStart) / Math.sqrt(lift - 1)));
        }

        int n = (int) Math.round(totalHours / stepHours);
        int subSteps = (int) Math.max(1, Math.round(stepHours * 12)); // intensity integrated at 5-minute resolution
        List<SeriesPoint> points = new ArrayList<>(n);
        double views = base * 24 * (30 + random.nextDouble() * 300);
        double creators = shape == Shape.DECOY_SINGLE_CREATOR ? 1 : 20 + random.nextDouble() * 280;
        for (int i = 0; i < n; i++) {
            double hour = i * stepHours;
            if (i > 0) {
                double mean = 0;
                for (int k = 0; k < subSteps; k++) {
                    double h = hour - stepHours + (k + 0.5) * stepHours / subSteps;
                    double rhythm = (1 + dailyAmplitude * Math.sin(2 * Math.PI * (h - dailyPhase) / 24))
                            * (1 + weeklyAmplitude * Math.cos(2 * Math.PI * (h - weeklyPhase) / 168));
                    mean += base * rhythm * shape.intensity(h, burstStart, peak, lift, growth) * stepHours / subSteps;
                }
                double count = mean * Math.exp(noise * random.nextGaussian() - noise * noise / 2)
                        + Math.sqrt(mean) * random.nextGaussian();
                if (!daily && random.nextDouble() < 0.003) {
                    count *= 2 + 2 * random.nextDouble();
                }
                count = Math.max(0, count);
                views += count;
                if (shape != Shape.DECOY_SINGLE_CREATOR) {
                    creators += count / (base * 24) * (0.5 + random.nextDouble());
                }
            }
            points.add(new SeriesPoint(at(hour), Math.round(views), Math.round(views * 0.08), Math.round(views * 0.01),
                    Math.round(views * 0.005), Math.round(creators * 1.5), Math.round(creators)));
        }
        return new Planted(shape, step, seed, points, (int) Math.round(replayHours / stepHours), episodes, peaks, doubled);
    }

    private static Instant at(double hour) {
        return START.plus(Duration.ofSeconds(Math.round(hour * 3600)));
    }
}
