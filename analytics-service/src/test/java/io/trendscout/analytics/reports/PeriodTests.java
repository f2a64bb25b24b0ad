package io.trendscout.analytics.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.trendscout.platform.web.InvalidRequest;
import org.junit.jupiter.api.Test;

class PeriodTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-30T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void defaultsToThirtyDaysEndingTodayInTheCallersZone() {
        Period utc = Period.of(null, null, null, null, CLOCK);
        assertThat(utc.to()).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(utc.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(utc.granularity()).isEqualTo(Granularity.DAY);
        assertThat(Period.of(null, null, "WEEK", "Europe/Berlin", CLOCK).to()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void boundsFollowTheZoneAcrossDaylightSavingTime() {
        Period berlin = Period.of(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 30), "day", "Europe/Berlin", CLOCK);
        assertThat(berlin.start().toInstant()).isEqualTo(Instant.parse("2025-03-29T23:00:00Z"));
        assertThat(berlin.end().toInstant()).isEqualTo(Instant.parse("2025-03-30T22:00:00Z"));
    }

    @Test
    void previousPeriodHasTheSameLengthRightBefore() {
        Period period = Period.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 16), "day", "UTC", CLOCK);
        assertThat(period.previous().from()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(period.previous().to()).isEqualTo(LocalDate.of(2025, 3, 9));
    }

    @Test
    void rejectsBadInputNamingTheField() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), null, null, CLOCK))
                .isInstanceOf(InvalidRequest.class).extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> Period.of(null, null, "year", null, CLOCK)).extracting("field").isEqualTo("granularity");
        assertThatThrownBy(() -> Period.of(null, null, null, "+02:00", CLOCK)).extracting("field").isEqualTo("tz");
        assertThatThrownBy(() -> Period.of(null, null, null, "Nowhere/City", CLOCK)).extracting("field").isEqualTo("tz");
        assertThatThrownBy(() -> Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 6), null, null, CLOCK))
                .extracting("field").isEqualTo("to");
    }
}
