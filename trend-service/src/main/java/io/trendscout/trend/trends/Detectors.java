package io.trendscout.trend.trends;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.trendscout.trend.detection.DetectorSettings;
import io.trendscout.trend.detection.TrendDetector;

/** The confirmed and early detectors for each bucket width (see DETECTION.md for their settings). */
final class Detectors {

    private final Map<Observation.Bucket, TrendDetector> confirmed = new EnumMap<>(Observation.Bucket.class);
    private final Map<Observation.Bucket, TrendDetector> early = new EnumMap<>(Observation.Bucket.class);

    Detectors(DetectorSettings hourlyConfirmed) {
        for (Observation.Bucket bucket : Observation.Bucket.values()) {
            confirmed.put(bucket, new TrendDetector(bucket == Observation.Bucket.HOUR ? hourlyConfirmed : confirmedFor(bucket)));
            early.put(bucket, new TrendDetector(earlyFor(bucket)));
        }
    }

    TrendDetector confirmed(Observation.Bucket bucket) {
        return confirmed.get(bucket);
    }

    TrendDetector early(Observation.Bucket bucket) {
        return early.get(bucket);
    }

    private static DetectorSettings confirmedFor(Observation.Bucket bucket) {
        return switch (bucket) {
            case DAY -> new DetectorSettings(Duration.ofDays(3), Duration.ofDays(21), Duration.ofDays(2), Duration.ofDays(1),
                    3.0, 1.5, 0.5, 10, 100, 3, Duration.ofDays(3));
            case FIVE_MINUTES, HOUR -> DetectorSettings.defaults();
        };
    }

    private static DetectorSettings earlyFor(Observation.Bucket bucket) {
        return switch (bucket) {
            case DAY -> new DetectorSettings(Duration.ofDays(1), Duration.ofDays(21), Duration.ofDays(1), Duration.ofHours(12),
                    4.0, 2.5, 1.0, 10, 50, 2, Duration.ofDays(1));
            case HOUR -> new DetectorSettings(Duration.ofHours(6), Duration.ofDays(7), Duration.ofHours(2), Duration.ofHours(2),
                    4.0, 2.5, 0.5, 12, 300, 2, Duration.ofHours(6));
            case FIVE_MINUTES -> new DetectorSettings(Duration.ofMinutes(45), Duration.ofDays(2), Duration.ofMinutes(20),
                    Duration.ofMinutes(15), 4.0, 2.5, 0.5, 12, 200, 2, Duration.ofHours(1));
        };
    }
}
