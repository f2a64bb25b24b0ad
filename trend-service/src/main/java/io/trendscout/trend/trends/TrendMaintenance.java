package io.trendscout.trend.trends;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scheduled work: scoring series left dirty (a failed or interrupted scoring), and purging
 * buckets past the retention. Dirty series are locked with {@code skip locked} while scored, so
 * replicas share this work without a lock of their own.
 */
@Component
class TrendMaintenance {

    private static final Logger log = LoggerFactory.getLogger(TrendMaintenance.class);

    private final JdbcTemplate jdbc;
    private final TrendScoring scoring;
    private final TrendProperties properties;
    private final Clock clock;

    TrendMaintenance(JdbcTemplate jdbc, TrendScoring scoring, TrendProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.scoring = scoring;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${trendscout.trend.rescore-interval:5m}", initialDelayString = "${trendscout.trend.rescore-interval:5m}")
    void rescoreDirty() {
        List<UUID> dirty = jdbc.queryForList("select id from source_series where dirty limit ?", UUID.class,
                properties.rescoreBatch());
        try {
            int scored = scoring.score(dirty);
            if (scored > 0) {
                log.info("Scored {} series left dirty", scored);
            }
        } catch (RuntimeException ex) {
            log.warn("Rescoring {} series failed: {}", dirty.size(), ex.getMessage());
        }
    }

    @Scheduled(cron = "${trendscout.trend.purge-cron:0 17 3 * * *}")
    int purge() {
        int purged = jdbc.update("delete from source_bucket where bucket_start < ?",
                Timestamp.from(clock.instant().minus(properties.retention())));
        if (purged > 0) {
            log.info("Purged {} trend buckets older than {}", purged, properties.retention());
        }
        return purged;
    }
}
