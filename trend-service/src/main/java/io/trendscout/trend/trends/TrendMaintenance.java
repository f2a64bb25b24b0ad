package io.trendscout.trend.trends;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Scheduled work: rescoring series left dirty, and purging buckets past the retention. */
@Component
class TrendMaintenance {

    private static final Logger log = LoggerFactory.getLogger(TrendMaintenance.class);

    private final TrendSeries series;
    private final TrendScoring scoring;
    private final TrendProperties properties;
    private final Clock clock;

    TrendMaintenance(TrendSeries series, TrendScoring scoring, TrendProperties properties, Clock clock) {
        this.series = series;
        this.scoring = scoring;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${trendscout.trend.rescore-interval:5m}", initialDelayString = "${trendscout.trend.rescore-interval:5m}")
    void rescoreDirty() {
        for (UUID id : series.dirty(properties.rescoreBatch())) {
            try {
                scoring.score(id);
            } catch (RuntimeException ex) {
                log.warn("Rescoring trend {} failed: {}", id, ex.getMessage());
            }
        }
    }

    @Scheduled(cron = "${trendscout.trend.purge-cron:0 17 3 * * *}")
    int purge() {
        int purged = series.purgeBucketsBefore(clock.instant().minus(properties.retention()));
        if (purged > 0) {
            log.info("Purged {} trend buckets older than {}", purged, properties.retention());
        }
        return purged;
    }
}
