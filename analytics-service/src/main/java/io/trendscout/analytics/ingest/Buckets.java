package io.trendscout.analytics.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Aggregation buckets: UTC quarter hours, fine enough to be regrouped exactly in any IANA time zone. */
final class Buckets {

    static final long SECONDS = 15 * 60;

    private Buckets() {
    }

    static OffsetDateTime of(Instant at) {
        long epoch = at.getEpochSecond();
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epoch - Math.floorMod(epoch, SECONDS)), ZoneOffset.UTC);
    }

    static OffsetDateTime exact(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
