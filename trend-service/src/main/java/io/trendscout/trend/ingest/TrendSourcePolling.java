package io.trendscout.trend.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.trendscout.trend.trends.TrendIngestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls every enabled {@link TrendSource} on a schedule and hands what it returns to ingestion. */
@Component
class TrendSourcePolling {

    private static final Logger log = LoggerFactory.getLogger(TrendSourcePolling.class);

    private final List<TrendSource> sources;
    private final TrendIngestion ingestion;
    private final Clock clock;
    private final Map<String, Instant> lastPolled = new ConcurrentHashMap<>();

    TrendSourcePolling(List<TrendSource> sources, TrendIngestion ingestion, Clock clock) {
        this.sources = sources;
        this.ingestion = ingestion;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${trendscout.trend.sources.poll-interval:1h}", initialDelayString = "${trendscout.trend.sources.poll-interval:1h}")
    void poll() {
        for (TrendSource source : sources) {
            if (!source.enabled()) {
                continue;
            }
            Instant now = clock.instant();
            Instant since = lastPolled.getOrDefault(source.name(), now.minus(Duration.ofDays(1)));
            try {
                var observations = source.fetch(since);
                ingestion.ingest(observations);
                lastPolled.put(source.name(), now);
                log.info("Trend source {} delivered {} observations", source.name(), observations.size());
            } catch (RuntimeException ex) {
                log.warn("Trend source {} failed, retried next poll: {}", source.name(), ex.getMessage());
            }
        }
    }
}
