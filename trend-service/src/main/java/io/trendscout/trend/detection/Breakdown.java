package io.trendscout.trend.detection;

/**
 * Why a series got its score: the four components (each 0-100) with their weights, and the raw
 * signals they come from.
 *
 * @param velocity       burst score mapped to 0-100 (robust z of the smoothed view velocity)
 * @param acceleration   growth of the smoothed velocity over the recent window, 0-100
 * @param breadth        unique creators on a log scale, 0-100
 * @param volume         views gained in the recent window on a log scale, 0-100
 * @param burstZ         robust z-score of the smoothed velocity against the series' own baseline
 * @param lift           smoothed velocity divided by the baseline median velocity
 * @param persistence    share of recent intervals above the baseline band
 * @param viewsGained    views gained in the recent window
 * @param creators       unique creators at the latest point
 */
public record Breakdown(int velocity, int acceleration, int breadth, int volume, double burstZ, double lift,
        double persistence, long viewsGained, long creators) {

    public static final double VELOCITY_WEIGHT = 0.35;
    public static final double ACCELERATION_WEIGHT = 0.20;
    public static final double BREADTH_WEIGHT = 0.20;
    public static final double VOLUME_WEIGHT = 0.25;

    int score() {
        return (int) Math.round(VELOCITY_WEIGHT * velocity + ACCELERATION_WEIGHT * acceleration
                + BREADTH_WEIGHT * breadth + VOLUME_WEIGHT * volume);
    }
}
