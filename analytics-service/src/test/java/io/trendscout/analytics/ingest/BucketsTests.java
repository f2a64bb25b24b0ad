package io.trendscout.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class BucketsTests {

    @Test
    void quarterHoursInUtc() {
        assertThat(Buckets.of(Instant.parse("2025-03-30T23:44:59.999Z")).toInstant())
                .isEqualTo(Instant.parse("2025-03-30T23:30:00Z"));
        assertThat(Buckets.of(Instant.parse("2025-03-30T23:45:00Z")).toInstant())
                .isEqualTo(Instant.parse("2025-03-30T23:45:00Z"));
        assertThat(Buckets.of(Instant.parse("1969-12-31T23:59:59Z")).toInstant())
                .isEqualTo(Instant.parse("1969-12-31T23:45:00Z"));
    }
}
