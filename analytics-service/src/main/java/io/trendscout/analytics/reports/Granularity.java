package io.trendscout.analytics.reports;

import java.util.Locale;

import io.trendscout.platform.web.InvalidRequest;

/** Size of one reported period; the name is PostgreSQL's {@code date_trunc} field. */
enum Granularity {
    DAY, WEEK, MONTH;

    static Granularity parse(String value) {
        if (value == null || value.isBlank()) {
            return DAY;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new InvalidRequest("granularity", "granularity must be day, week or month");
        }
    }

    String field() {
        return name().toLowerCase(Locale.ROOT);
    }
}
