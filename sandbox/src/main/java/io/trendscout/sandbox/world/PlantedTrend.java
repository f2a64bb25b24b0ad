package io.trendscout.sandbox.world;

import java.time.Instant;

/**
 * One entity of the simulated market whose shape is known: a planted trend or a decoy.
 *
 * @param type       HASHTAG, SOUND, PRODUCT or CREATOR
 * @param name       the entity's name as the platform normalizes it (hashtag without '#', lower case; a sound's
 *                   or product's title; a creator's username)
 * @param externalId the id the source uses (music_id, product_id), or null
 * @param region     ISO 3166 alpha-2, or GLOBAL
 * @param burstStart when the activity starts to rise above baseline
 * @param peak       when it is highest (for WEEKLY_SEASONAL: the latest weekly peak at or before the anchor)
 * @param peakLift   activity multiplier at the peak
 */
public record PlantedTrend(String type, String name, String externalId, String region, String category, Shape shape,
        Instant burstStart, Instant peak, double peakLift) {

    public boolean isTrend() {
        return shape.isTrend();
    }

    public double intensity(Instant t) {
        return shape.intensity(t, burstStart, peak, peakLift);
    }
}
