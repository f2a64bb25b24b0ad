package io.trendscout.trend.trends;

import java.util.Collection;
import java.util.stream.Collectors;

/** PostgreSQL array literals for ids and instants (bound as text, cast in SQL: {@code ?::uuid[]}). */
final class PgArrays {

    private PgArrays() {
    }

    /** Only for values whose text has no quotes or backslashes (UUIDs, ISO instants). */
    static String of(Collection<?> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "{", "}"));
    }
}
