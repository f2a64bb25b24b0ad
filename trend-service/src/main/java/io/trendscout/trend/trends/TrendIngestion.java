package io.trendscout.trend.trends;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way data enters: stores a batch of observations (grouped per series, hourly buckets
 * upserted) in one transaction, then scores every touched series, each in its own transaction
 * (joining the caller's if there is one, e.g. an inbox handler). Series whose scoring fails stay
 * dirty and are picked up by the scheduled rescoring.
 */
@Service
public class TrendIngestion {

    private static final Logger log = LoggerFactory.getLogger(TrendIngestion.class);

    private final TrendSeries series;
    private final TrendScoring scoring;
    private final TransactionTemplate transactions;
    private final TrendProperties properties;
    private final Clock clock;
    private final Counter points;

    TrendIngestion(TrendSeries series, TrendScoring scoring, TransactionTemplate transactions,
            TrendProperties properties, Clock clock, MeterRegistry meters) {
        this.series = series;
        this.scoring = scoring;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.points = Counter.builder("trendscout.trend.points.ingested").register(meters);
    }

    /**
     * Checks the time rules that depend on now (not in the future beyond the allowed skew, not
     * older than the retention); throws {@link InvalidObservation} otherwise.
     */
    public void checkTime(Observation observation) {
        var now = clock.instant();
        if (observation.at().isAfter(now.plus(properties.maxClockSkew()))) {
            throw new InvalidObservation("timestamp", "lies in the future");
        }
        if (observation.at().isBefore(now.minus(properties.retention()))) {
            throw new InvalidObservation("timestamp", "is older than the retention of " + properties.retention().toDays() + " days");
        }
    }

    /**
     * Hands observations to the observation topic (keyed by series, so the replica owning a
     * series' partition stores and scores it); returns once Kafka has them. Validation
     * ({@link #checkTime}) is the caller's: invalid observations must not be submitted.
     */
    public void submit(List<Observation> observations) {
        ingest(observations);
    }

    /** Stores and scores; returns the ids of the series touched. */
    public List<UUID> ingest(List<Observation> observations) {
        if (observations.isEmpty()) {
            return List.of();
        }
        observations.forEach(this::checkTime);
        Map<String, List<Observation>> bySeries = new LinkedHashMap<>();
        observations.forEach(o -> bySeries.computeIfAbsent(o.seriesKey(), k -> new ArrayList<>()).add(o));
        List<UUID> touched = transactions.execute(status -> {
            List<UUID> ids = new ArrayList<>(bySeries.size());
            for (List<Observation> batch : bySeries.values()) {
                UUID id = series.upsertTrend(new TrendSeries.SeriesUpdate(batch));
                series.upsertBuckets(id, batch);
                ids.add(id);
            }
            return ids;
        });
        points.increment(observations.size());
        for (UUID id : touched) {
            try {
                scoring.score(id);
            } catch (RuntimeException ex) {
                log.warn("Scoring trend {} failed; the schedule retries it: {}", id, ex.getMessage());
            }
        }
        return touched;
    }
}
