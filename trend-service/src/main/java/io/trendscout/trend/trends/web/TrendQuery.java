package io.trendscout.trend.trends.web;

import java.util.Locale;
import java.util.Set;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.trend.trends.InvalidObservation;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TrendType;

/** Filters, sort and page of a trend list, validated field by field (400 problem naming the field). */
record TrendQuery(String type, String category, String region, int periodDays, String direction, int minScore,
        Sort sort, int page, int size, StageFilter stage, String name) {

    /** Which trends a list shows: confirmed ones (default: ever confirmed), early warnings, withdrawn ones, or all. */
    enum StageFilter {
        CONFIRMED("first_detected is not null"), EARLY("stage = 'EARLY'"), WITHDRAWN("stage = 'WITHDRAWN'"),
        ALL("stage <> 'NONE'"), ANY("stage is not null");

        final String condition;

        StageFilter(String condition) {
            this.condition = condition;
        }
    }

    static final Set<Integer> PERIODS = Set.of(7, 30, 90);

    enum Sort {
        SCORE("score desc"), GROWTH("growth_rate desc"), VIEWS("view_count desc"), NEWEST("first_detected desc"),
        NAME("name asc");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    static TrendQuery parse(String type, String category, String region, String period, String direction, String minScore,
            String sort, String page, String size) {
        return parse(type, category, region, period, direction, minScore, sort, page, size, null, null);
    }

    static TrendQuery parse(String type, String category, String region, String period, String direction, String minScore,
            String sort, String page, String size, String stage, String name) {
        return new TrendQuery(
                type == null ? null : typeOf(type),
                category == null ? null : category(category),
                region == null ? null : region(region),
                period == null ? 30 : period(period),
                direction == null ? null : oneOf("direction", direction, Set.of("RISING", "STABLE", "FALLING")),
                minScore == null ? 0 : integer("minScore", minScore, 0, 100),
                sort == null ? Sort.SCORE : Sort.valueOf(oneOf("sort", sort, Set.of("SCORE", "GROWTH", "VIEWS", "NEWEST", "NAME"))),
                page == null ? 0 : integer("page", page, 0, 10_000),
                size == null ? 20 : integer("size", size, 1, 100),
                stage == null ? StageFilter.CONFIRMED
                        : StageFilter.valueOf(oneOf("stage", stage, Set.of("CONFIRMED", "EARLY", "WITHDRAWN", "ALL", "ANY"))),
                name == null ? null : name(name));
    }

    static String category(String raw) {
        try {
            return Observation.cumulative("import", TrendType.HASHTAG, "x", null, raw, java.time.Instant.EPOCH,
                    Observation.Counts.ZERO, null).category();
        } catch (InvalidObservation ex) {
            throw new InvalidRequest("category", "category must be 1-64 letters, digits, spaces, '_', '&' or '-'");
        }
    }

    static String name(String raw) {
        try {
            return Observation.normalizeName(raw, "name");
        } catch (InvalidObservation ex) {
            throw new InvalidRequest("name", "name must be 1-100 letters, digits, spaces or _ . ' & + -");
        }
    }

    static int period(String raw) {
        int days = integer("period", raw, 1, 90);
        if (!PERIODS.contains(days)) {
            throw new InvalidRequest("period", "period must be 7, 30 or 90 (days)");
        }
        return days;
    }

    private static String typeOf(String raw) {
        try {
            return TrendType.parse(raw, "type").name();
        } catch (InvalidObservation ex) {
            throw new InvalidRequest("type", "type must be hashtag, sound, challenge, product or creator");
        }
    }

    private static String region(String raw) {
        String region = raw.trim().toUpperCase(Locale.ROOT);
        if (!region.matches("[A-Z]{2}|GLOBAL")) {
            throw new InvalidRequest("region", "region must be an ISO 3166 alpha-2 code or GLOBAL");
        }
        return region;
    }

    private static String oneOf(String field, String raw, Set<String> allowed) {
        String value = raw.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw new InvalidRequest(field, field + " must be one of " + allowed.stream().sorted().map(v -> v.toLowerCase(Locale.ROOT)).toList());
        }
        return value;
    }

    static int integer(String field, String raw, int min, int max) {
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw new InvalidRequest(field, field + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException ex) {
            throw new InvalidRequest(field, field + " must be a whole number");
        }
    }
}
