package io.trendscout.aigenerator.usage;

import java.time.Instant;
import java.util.UUID;

/** One generation as the history keeps it; {@code resultJson} is the result as JSON. */
public record HistoryEntry(UUID id, UUID userId, String kind, String language, String provider, String promptVersion,
        String subjectType, String subjectId, String subjectName, boolean cached, String fallbackReason,
        String resultJson, Instant createdAt) {
}
