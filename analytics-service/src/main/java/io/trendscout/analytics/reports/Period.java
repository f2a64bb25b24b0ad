package io.trendscout.analytics.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.trendscout.platform.web.InvalidRequest;

/**
 * The reported range: local dates {@code from..to} (inclusive) in the caller's time zone, grouped
 * by {@code granularity}. Weeks start on Monday (ISO).
 */
record Period(LocalDate from, LocalDate to, Granularity granularity, ZoneId zone) {

    static final int MAX_DAYS = 1100;
    static final int DEFAULT_DAYS = 30;

    static Period of(LocalDate from, LocalDate to, String granularity, String tz, Clock clock) {
        ZoneId zone = zone(tz);
        Granularity size = Granularity.parse(granularity);
        LocalDate end = to != null ? to : (from != null ? from.plusDays(DEFAULT_DAYS - 1) : LocalDate.now(clock.withZone(zone)));
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (start.isAfter(end)) {
            throw new InvalidRequest("from", "from must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new InvalidRequest("to", "the period spans at most " + MAX_DAYS + " days");
        }
        return new Period(start, end, size, zone);
    }

    /** IANA region ids only: offsets like "+02:00" mean the opposite in PostgreSQL's POSIX notation. */
    static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank() || tz.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (!ZoneId.getAvailableZoneIds().contains(tz)) {
            throw new InvalidRequest("tz", "tz must be an IANA time zone id such as Europe/Berlin");
        }
        return ZoneId.of(tz);
    }

    OffsetDateTime start() {
        return from.atStartOfDay(zone).toOffsetDateTime();
    }

    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    String zoneName() {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** The period of the same length right before this one (for "change vs previous period"). */
    Period previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1), granularity, zone);
    }
}
