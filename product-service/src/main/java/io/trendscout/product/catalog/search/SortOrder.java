package io.trendscout.product.catalog.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * Orders a listing can be sorted by. Each is a keyset: a sort expression plus the id as a stable
 * tiebreaker, compared as a row value against the cursor.
 */
enum SortOrder {
    RELEVANCE("relevance", "rank", true, "float8"),
    TREND_SCORE("trendScore", "p.trend_score", true, "int"),
    PRICE("price", "p.retail_price", false, "numeric"),
    PRICE_DESC("-price", "p.retail_price", true, "numeric"),
    NEWEST("newest", "p.created_at", true, "timestamptz");

    private final String param;
    private final String expression;
    private final boolean descending;
    private final String sqlType;

    SortOrder(String param, String expression, boolean descending, String sqlType) {
        this.param = param;
        this.expression = expression;
        this.descending = descending;
        this.sqlType = sqlType;
    }

    static Optional<SortOrder> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst();
    }

    static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.param).toList());
    }

    String param() {
        return param;
    }

    String expression() {
        return expression;
    }

    String orderBy() {
        return orderBy(expression, "p.id");
    }

    /** The order over a sort key and id computed elsewhere (a column of a subquery). */
    String orderBy(String key, String id) {
        String direction = descending ? " desc" : " asc";
        return key + direction + ", " + id + direction;
    }

    /** Whether a cursor's key has this order's type (a forged cursor must not reach SQL as a cast error). */
    boolean acceptsKey(String key) {
        try {
            switch (sqlType) {
                case "float8" -> {
                    double d = Double.parseDouble(key);
                    return Double.isFinite(d);
                }
                case "int" -> Integer.parseInt(key);
                case "numeric" -> new java.math.BigDecimal(key);
                default -> java.time.Instant.parse(key);
            }
            return true;
        } catch (RuntimeException ex) {
            return false;
        }
    }

    /** Row-value comparison that selects the rows after the cursor. */
    String after() {
        return after(expression, "p.id");
    }

    String after(String key, String id) {
        return "(" + key + ", " + id + ") " + (descending ? "<" : ">") + " (cast(:afterKey as " + sqlType + "), :afterId)";
    }
}
