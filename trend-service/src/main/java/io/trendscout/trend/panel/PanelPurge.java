package io.trendscout.trend.panel;

import java.time.Clock;

import io.trendscout.trend.trends.TrendProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drops contributions and buckets past the trend retention, on the trend purge schedule (idempotent on every replica). */
@Component
class PanelPurge {

    private static final Logger log = LoggerFactory.getLogger(PanelPurge.class);

    private final PanelStore store;
    private final TrendProperties properties;
    private final Clock clock;

    PanelPurge(PanelStore store, TrendProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${trendscout.trend.purge-cron:0 17 3 * * *}")
    int purge() {
        int purged = store.purgeBefore(clock.instant().minus(properties.retention()));
        if (purged > 0) {
            log.info("Purged {} creator panel contributions older than {}", purged, properties.retention());
        }
        return purged;
    }
}
