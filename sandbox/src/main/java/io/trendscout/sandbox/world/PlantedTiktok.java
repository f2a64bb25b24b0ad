package io.trendscout.sandbox.world;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Every TikTok entity planted in the simulated market, with its shape relative to the world's
 * anchor. The names here are the ground truth's names (the lead's system test reads them from
 * {@code GET /__sandbox/world/truth}, not from here).
 */
final class PlantedTiktok {

    /** A planted entity before it is anchored: offsets are hours from the anchor. */
    record Plan(String type, String name, String title, String region, String category, Shape shape,
            double burstHours, double peakHours, double lift) {

        PlantedTrend anchored(Instant anchor, Instant origin, String externalId) {
            Instant burst = shape == Shape.WEEKLY_SEASONAL || shape == Shape.DECOY_SLOW_GROWER ? origin : at(anchor, burstHours);
            return new PlantedTrend(type, name, externalId, region, category, shape, burst, at(anchor, peakHours), lift);
        }

        private static Instant at(Instant anchor, double hours) {
            return anchor.plus(Duration.ofMinutes(Math.round(hours * 60)));
        }
    }

    static final String PANEL_HASHTAG = "panelpick";

    static final List<Plan> HASHTAGS = List.of(
            new Plan("HASHTAG", "glassskinroutine", null, "US", "skincare", Shape.EMERGING, -30, 36, 20),
            new Plan("HASHTAG", "cloudcouchhack", null, "GB", "home", Shape.EMERGING, -28, 40, 18),
            new Plan("HASHTAG", "blindboxunboxing", null, "US", "toys", Shape.PEAKING, -120, -3, 14),
            new Plan("HASHTAG", "proteincoffee", null, "DE", "fitness", Shape.PEAKING, -118, -4, 11),
            new Plan("HASHTAG", "jellybagsummer", null, "FR", "fashion", Shape.DECAYING, -240, -96, 12),
            new Plan("HASHTAG", "airfryerchips", null, "US", "kitchen", Shape.DECAYING, -243, -94, 9),
            new Plan("HASHTAG", "weeklymealprep", null, "GB", "food", Shape.WEEKLY_SEASONAL, 0, -24, 8),
            new Plan("HASHTAG", "mirrorselfieday", null, "US", "fashion", Shape.DECOY_SPIKE, -73, -71.5, 40),
            new Plan("HASHTAG", "lashglueboss", null, "US", "beauty", Shape.DECOY_SINGLE_CREATOR, -144, -24, 10),
            new Plan("HASHTAG", "houseplantcare", null, "ES", "home", Shape.DECOY_SLOW_GROWER, 0, 0, 1.9),
            // the creator panel's hashtag: five connectable creators only (see TiktokWorld#panelUsernames)
            new Plan("HASHTAG", PANEL_HASHTAG, null, "US", "home", Shape.PEAKING, -70, -12, 10));

    static final List<Plan> SOUNDS = List.of(
            sound("Neon Orchard (sped up) - Mara Quinn", "US", "beauty", Shape.EMERGING, -30, 36, 20),
            sound("Slow Motion Sunday - The Velours", "MX", "food", Shape.EMERGING, -26, 38, 18),
            sound("Glitter Static - Juno Park", "US", "fashion", Shape.PEAKING, -120, -3, 13),
            sound("Cherry Cola Skies (slowed) - Ray Amari", "IT", "food", Shape.PEAKING, -116, -2, 10),
            sound("Kitchen Disco Anthem - Lulu Brasco", "GB", "kitchen", Shape.DECAYING, -240, -96, 12),
            sound("Paper Hearts (remix) - DJ Solenne", "DE", "fashion", Shape.DECAYING, -216, -102, 9),
            sound("Friday Feeling Loop - Beatriz Mon", "US", "fitness", Shape.WEEKLY_SEASONAL, 0, -24, 8),
            sound("Airhorn Stinger - SFX Lab", "US", "tech", Shape.DECOY_SPIKE, -76, -74.5, 40));

    static final List<Plan> CREATORS = List.of(
            new Plan("CREATOR", "nadiaglowlab", null, "US", "beauty", Shape.PEAKING, -110, -6, 12),
            new Plan("CREATOR", "kevcooksfast", null, "GB", "kitchen", Shape.PEAKING, -96, -10, 10));

    private PlantedTiktok() {
    }

    private static Plan sound(String title, String region, String category, Shape shape, double burst, double peak, double lift) {
        return new Plan("SOUND", Names.soundName(title), title, region, category, shape, burst, peak, lift);
    }
}
