package io.trendscout.trend.trends;

import java.time.Instant;

/**
 * A source's health as {@code GET /api/trends/analytics} shows it: last poll, last success, last
 * error, what it delivered and skipped, and today's quota use. A failure is current while
 * {@code lastErrorAt} is after {@code lastSuccessAt}.
 */
public record SourceHealth(String source, String kind, boolean enabled, Instant lastPollAt, Instant lastSuccessAt,
        String lastError, Instant lastErrorAt, String lastNote, long observations, long skipped, long requestsToday,
        long recordsToday) {

    public boolean healthy() {
        return lastErrorAt == null || (lastSuccessAt != null && lastSuccessAt.isAfter(lastErrorAt));
    }
}
