package io.trendscout.trend.trends;

import java.util.EnumMap;
import java.util.Map;

import io.trendscout.trend.detection.DetectionProfile;
import io.trendscout.trend.detection.DetectorSettings;
import io.trendscout.trend.detection.SeriesJudge;
import io.trendscout.trend.detection.TrendStages;

/**
 * The detection profile of each bucket width (DETECTION.md), for engagement series and for
 * market-data series (units sold, no creator floor); the hourly confirmed detector comes from
 * {@code trendscout.trend.detector.*}.
 */
final class Judges {

    record Pair(SeriesJudge judge, TrendStages stages) {
    }

    private final Map<Observation.Bucket, Pair> engagement = new EnumMap<>(Observation.Bucket.class);
    private final Map<Observation.Bucket, Pair> market = new EnumMap<>(Observation.Bucket.class);

    Judges(DetectorSettings hourlyConfirmed) {
        for (Observation.Bucket bucket : Observation.Bucket.values()) {
            DetectionProfile profile = DetectionProfile.forBucket(bucket.width());
            if (bucket == Observation.Bucket.HOUR) {
                profile = profile.withConfirmed(hourlyConfirmed);
            }
            engagement.put(bucket, pair(profile));
            market.put(bucket, pair(profile.withoutCreatorFloor()));
        }
    }

    Pair of(Observation.Bucket bucket, boolean marketData) {
        return (marketData ? market : engagement).get(bucket);
    }

    private static Pair pair(DetectionProfile profile) {
        return new Pair(new SeriesJudge(profile), new TrendStages(profile));
    }
}
