package io.trendscout.shopsync.sync;

import java.util.Locale;
import java.util.Optional;

/** Full: every product, deletions detected. Incremental: changes since the last successful sync's start. */
enum SyncMode {
    FULL, INCREMENTAL;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SyncMode> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(FULL);
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "full" -> Optional.of(FULL);
            case "incremental" -> Optional.of(INCREMENTAL);
            default -> Optional.empty();
        };
    }
}
