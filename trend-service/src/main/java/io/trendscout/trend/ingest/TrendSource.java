package io.trendscout.trend.ingest;

import java.time.Instant;
import java.util.List;

import io.trendscout.trend.trends.Observation;

/**
 * A pull source of series data (e.g. the TikTok Research API). Implementations are beans; the
 * {@link TrendSourcePolling} asks every enabled one for observations since its last successful poll.
 */
public interface TrendSource {

    String name();

    boolean enabled();

    /** Observations since the given instant; may throw, the poll is then retried next time. */
    List<Observation> fetch(Instant since);
}
