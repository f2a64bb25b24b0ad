package io.trendscout.trend.sources.research;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the source has read, per region: the contiguous days {@code [oldest, newest]} whose windows
 * were read completely. Persisted as the source's cursor, e.g. {@code v1;GB=20260101-20260310;US=...}.
 */
final class ResearchCursor {

    record Covered(LocalDate oldest, LocalDate newest) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final Map<String, Covered> regions = new TreeMap<>();

    /** An unreadable cursor (another version, hand-edited) starts over: re-reading only replaces buckets. */
    static ResearchCursor parse(Optional<String> raw) {
        ResearchCursor cursor = new ResearchCursor();
        if (raw.isEmpty() || !raw.get().startsWith("v1;")) {
            return cursor;
        }
        try {
            for (String part : raw.get().substring(3).split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] regionDays = part.split("=");
                String[] days = regionDays[1].split("-");
                cursor.regions.put(regionDays[0], new Covered(LocalDate.parse(days[0], DAY), LocalDate.parse(days[1], DAY)));
            }
            return cursor;
        } catch (RuntimeException ex) {
            return new ResearchCursor();
        }
    }

    Optional<Covered> covered(String region) {
        return Optional.ofNullable(regions.get(region));
    }

    void cover(String region, LocalDate oldest, LocalDate newest) {
        regions.put(region, new Covered(oldest, newest));
    }

    String format() {
        StringBuilder text = new StringBuilder("v1;");
        regions.forEach((region, c) -> text.append(region).append('=').append(DAY.format(c.oldest())).append('-')
                .append(DAY.format(c.newest())).append(';'));
        return text.toString();
    }
}
