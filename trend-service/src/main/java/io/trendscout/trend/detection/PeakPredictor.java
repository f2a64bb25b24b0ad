package io.trendscout.trend.detection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fits {@code views(t) = c + m·t + K / (1 + e^(-r (t - t0)))} to a cumulative series: for each
 * candidate (r, t0) the linear parameters (c, m, K) are solved in closed form by least squares, and
 * (r, t0) are searched on a bounded log/linear grid refined twice around the best cell.
 * Deterministic, and its cost is bounded (at most {@value #MAX_POINTS} points × ~1,100 candidates).
 */
public final class PeakPredictor {

    static final int MAX_POINTS = 240;
    private static final double HOUR_MS = 3_600_000.0;
    private static final double LN81 = Math.log(81);
    private static final double LN19 = Math.log(19);
    private static final int RATE_STEPS = 24;
    private static final int CENTRE_STEPS = 40;
    private static final int MIN_POINTS = 6;
    private static final int FULL_SUPPORT_POINTS = 48;
    private static final double MIN_RISE_HOURS = 6;
    private static final double MAX_RISE_HOURS = 60 * 24;

    public Optional<Prediction> predict(List<SeriesPoint> points) {
        if (points.size() < MIN_POINTS) {
            return Optional.empty();
        }
        List<SeriesPoint> sample = downsample(points);
        int n = sample.size();
        long origin = sample.getFirst().at().toEpochMilli();
        double[] x = new double[n];
        double[] y = new double[n];
        double hwm = 0;
        for (int i = 0; i < n; i++) {
            x[i] = (sample.get(i).at().toEpochMilli() - origin) / HOUR_MS;
            hwm = Math.max(hwm, sample.get(i).views());
            y[i] = hwm;
        }
        double base = y[0];
        double scale = Math.max(y[n - 1] - base, 1);
        for (int i = 0; i < n; i++) {
            y[i] = (y[i] - base) / scale;
        }
        double span = x[n - 1];
        if (span <= 0 || y[n - 1] <= 0) {
            return Optional.empty();
        }
        Fit best = null;
        double rLow = LN81 / MAX_RISE_HOURS;
        double rHigh = LN81 / MIN_RISE_HOURS;
        double centreLow = -span;
        double centreHigh = span + Math.max(span, 168);
        for (int i = 0; i < RATE_STEPS; i++) {
            double r = rLow * Math.pow(rHigh / rLow, (double) i / (RATE_STEPS - 1));
            for (int j = 0; j < CENTRE_STEPS; j++) {
                best = better(best, fit(x, y, r, centreLow + (centreHigh - centreLow) * j / (CENTRE_STEPS - 1)));
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double rFactor = Math.pow(rHigh / rLow, 1.0 / (RATE_STEPS - 1));
        double centreStep = (centreHigh - centreLow) / (CENTRE_STEPS - 1);
        for (int round = 0; round < 2; round++) {
            Fit centre = best;
            for (int i = -3; i <= 3; i++) {
                for (int j = -3; j <= 3; j++) {
                    double r = centre.r * Math.pow(rFactor, i / 3.0);
                    best = better(best, fit(x, y, r, centre.t0 + centreStep * j / 3.0));
                }
            }
            rFactor = Math.pow(rFactor, 1 / 3.0);
            centreStep /= 3;
        }
        return Optional.of(toPrediction(best, x, y, origin, base, scale, points.size()));
    }

    private Prediction toPrediction(Fit fit, double[] x, double[] y, long origin, double base, double scale, int points) {
        int n = x.length;
        double meanIncrement = y[n - 1] / (n - 1);
        double residual = 0;
        double total = 0;
        for (int i = 1; i < n; i++) {
            double observed = y[i] - y[i - 1];
            double fitted = fit.value(x[i]) - fit.value(x[i - 1]);
            residual += (observed - fitted) * (observed - fitted);
            total += (observed - meanIncrement) * (observed - meanIncrement);
        }
        double rSquared = total <= 0 ? 0 : Math.max(0, Math.min(1, 1 - residual / total));
        double coverage = Math.max(0, Math.min(1, (logistic(fit.r, fit.t0, x[n - 1]) - logistic(fit.r, fit.t0, x[0])) / 0.5));
        double support = Math.min(1, (double) points / FULL_SUPPORT_POINTS);
        int confidence = (int) Math.round(100 * rSquared * coverage * support);
        double end = fit.t0 + LN19 / fit.r;
        double maxViews = base + scale * (fit.c + fit.m * end + 0.95 * fit.k);
        Instant peak = Instant.ofEpochMilli(origin + Math.round(fit.t0 * HOUR_MS));
        double durationDays = Math.round(2 * LN19 / fit.r / 24 * 10) / 10.0;
        return new Prediction(peak, durationDays, (long) Math.min(1e13, Math.max(base + scale, maxViews)), confidence,
                Math.round(rSquared * 1000) / 1000.0, Math.round(coverage * 1000) / 1000.0);
    }

    private static Fit better(Fit best, Fit candidate) {
        if (candidate == null) {
            return best;
        }
        return best == null || candidate.sse < best.sse ? candidate : best;
    }

    /** Least squares for (c, m, K) at fixed (r, t0); falls back to m = 0 when the slope would be negative. */
    static Fit fit(double[] x, double[] y, double r, double t0) {
        int n = x.length;
        double[] g = new double[n];
        double s1 = n, sx = 0, sg = 0, sxx = 0, sxg = 0, sgg = 0, sy = 0, sxy = 0, sgy = 0;
        for (int i = 0; i < n; i++) {
            g[i] = logistic(r, t0, x[i]);
            sx += x[i];
            sg += g[i];
            sxx += x[i] * x[i];
            sxg += x[i] * g[i];
            sgg += g[i] * g[i];
            sy += y[i];
            sxy += x[i] * y[i];
            sgy += g[i] * y[i];
        }
        double[] solved = solve3(new double[][] {{s1, sx, sg}, {sx, sxx, sxg}, {sg, sxg, sgg}}, new double[] {sy, sxy, sgy});
        double c;
        double m;
        double k;
        if (solved != null && solved[1] >= 0 && solved[2] > 0) {
            c = solved[0];
            m = solved[1];
            k = solved[2];
        } else {
            double det = s1 * sgg - sg * sg;
            if (Math.abs(det) < 1e-12) {
                return null;
            }
            c = (sy * sgg - sg * sgy) / det;
            k = (s1 * sgy - sg * sy) / det;
            m = 0;
            if (k <= 0) {
                return null;
            }
        }
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double e = y[i] - (c + m * x[i] + k * g[i]);
            sse += e * e;
        }
        return new Fit(r, t0, c, m, k, sse);
    }

    private static double[] solve3(double[][] a, double[] b) {
        double det = det3(a);
        if (Math.abs(det) < 1e-12 * Math.max(1, Math.abs(a[1][1] * a[0][0]))) {
            return null;
        }
        double[] result = new double[3];
        for (int col = 0; col < 3; col++) {
            double[][] replaced = {a[0].clone(), a[1].clone(), a[2].clone()};
            for (int row = 0; row < 3; row++) {
                replaced[row][col] = b[row];
            }
            result[col] = det3(replaced) / det;
        }
        return result;
    }

    private static double det3(double[][] a) {
        return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    }

    static double logistic(double r, double t0, double x) {
        return 1 / (1 + Math.exp(-r * (x - t0)));
    }

    private static List<SeriesPoint> downsample(List<SeriesPoint> points) {
        if (points.size() <= MAX_POINTS) {
            return points;
        }
        SeriesPoint[] picked = new SeriesPoint[MAX_POINTS];
        for (int i = 0; i < MAX_POINTS; i++) {
            picked[i] = points.get((int) Math.round((double) i * (points.size() - 1) / (MAX_POINTS - 1)));
        }
        return List.of(picked);
    }

    record Fit(double r, double t0, double c, double m, double k, double sse) {

        double value(double x) {
            return c + m * x + k * logistic(r, t0, x);
        }
    }
}
