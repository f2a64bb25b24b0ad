package io.trendscout.trend.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AttributionTests {

    private static final Instant CREATED = Instant.parse("2026-03-01T08:42:10Z");
    private static final Instant CREATION_HOUR = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void aFirstSightingCountsEverythingSoFarInTheCreationHourNotAtConnectTime() {
        Attribution.Attributed first = Attribution.of(null, CREATED, new Counters(5_000, 300, 20, 10),
                Instant.parse("2026-03-03T15:05:00Z"));
        assertThat(first.hour()).isEqualTo(CREATION_HOUR);
        assertThat(first.increase()).isEqualTo(new Counters(5_000, 300, 20, 10));
        assertThat(first.highWater()).isEqualTo(new Counters(5_000, 300, 20, 10));
    }

    @Test
    void aNewVideoWithoutViewsStillCountsAsPostedInItsHour() {
        Attribution.Attributed first = Attribution.of(null, CREATED, Counters.ZERO, CREATED.plusSeconds(60));
        assertThat(first.contributes()).isTrue();
        assertThat(first.hour()).isEqualTo(CREATION_HOUR);
    }

    @Test
    void aCreationTimeAfterTheFetchIsTakenAsTheFetchTime() {
        Attribution.Attributed first = Attribution.of(null, Instant.parse("2026-03-01T11:10:00Z"), new Counters(10, 0, 0, 0),
                Instant.parse("2026-03-01T10:59:00Z"));
        assertThat(first.hour()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void aRefetchCountsOnlyTheIncreaseOverTheHighWaterMarkInTheFetchHour() {
        var known = new Attribution.Known(new Counters(5_000, 300, 20, 10));
        Attribution.Attributed later = Attribution.of(known, CREATED, new Counters(5_750, 320, 20, 12),
                Instant.parse("2026-03-03T16:20:00Z"));
        assertThat(later.hour()).isEqualTo(Instant.parse("2026-03-03T16:00:00Z"));
        assertThat(later.increase()).isEqualTo(new Counters(750, 20, 0, 2));
        assertThat(later.highWater()).isEqualTo(new Counters(5_750, 320, 20, 12));
    }

    @Test
    void aCounterGoingDownSubtractsNothingAndALaterRiseCountsOnlyAboveTheEarlierPeak() {
        var peak = new Attribution.Known(new Counters(5_000, 300, 20, 10));
        Attribution.Attributed down = Attribution.of(peak, CREATED, new Counters(4_600, 310, 20, 10),
                Instant.parse("2026-03-03T16:20:00Z"));
        assertThat(down.increase()).as("only the likes rose").isEqualTo(new Counters(0, 10, 0, 0));
        assertThat(down.highWater()).isEqualTo(new Counters(5_000, 310, 20, 10));

        Attribution.Attributed up = Attribution.of(new Attribution.Known(down.highWater()), CREATED,
                new Counters(5_100, 310, 20, 10), Instant.parse("2026-03-03T17:20:00Z"));
        assertThat(up.increase()).as("4,600 -> 5,100 gains only the 100 above the mark of 5,000")
                .isEqualTo(new Counters(100, 0, 0, 0));
    }

    @Test
    void fetchesInOneHourAddUpToTheHoursRiseAndARepeatedFetchAddsNothing() {
        Instant hour = Instant.parse("2026-03-03T16:00:00Z");
        var mark = new Attribution.Known(new Counters(1_000, 0, 0, 0));
        Attribution.Attributed first = Attribution.of(mark, CREATED, new Counters(1_200, 0, 0, 0), hour.plusSeconds(300));
        Attribution.Attributed second = Attribution.of(new Attribution.Known(first.highWater()), CREATED,
                new Counters(1_500, 0, 0, 0), hour.plusSeconds(3_000));
        Attribution.Attributed repeat = Attribution.of(new Attribution.Known(second.highWater()), CREATED,
                new Counters(1_500, 0, 0, 0), hour.plusSeconds(3_100));
        assertThat(first.hour()).isEqualTo(hour);
        assertThat(second.hour()).isEqualTo(hour);
        assertThat(first.increase().views() + second.increase().views()).isEqualTo(500);
        assertThat(repeat.contributes()).isFalse();
        assertThat(repeat.highWater()).isEqualTo(new Counters(1_500, 0, 0, 0));
    }
}
