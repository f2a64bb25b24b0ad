package io.trendscout.trend.trends;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.trendscout.platform.web.validation.PlainTextValidator;

/**
 * Cumulative counters of one series observed at one instant, from any source. The constructor
 * enforces the ingestion rules (names, regions, finite non-negative counters up to
 * {@value #MAX_COUNTER}) and normalizes names, so every source validates the same way.
 */
public record Observation(TrendType type, String name, String region, String category, Instant at, long views,
        long likes, long shares, long comments, long videos, long creators, List<String> relatedHashtags,
        List<String> relatedProducts, List<TopVideo> topVideos) {

    public static final long MAX_COUNTER = 1_000_000_000_000L;
    public static final String GLOBAL = "GLOBAL";
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_ .'&+-]{1,100}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}|GLOBAL");
    private static final Pattern CATEGORY = Pattern.compile("[\\p{L}\\p{N}_ &-]{1,64}");
    private static final PlainTextValidator PLAIN_TEXT = new PlainTextValidator();

    public Observation {
        if (type == null) {
            throw new InvalidObservation("type", "is required");
        }
        name = normalizeName(name, "name");
        region = region == null || region.isBlank() ? GLOBAL : region.trim().toUpperCase(Locale.ROOT);
        if (!REGION.matcher(region).matches()) {
            throw new InvalidObservation("region", "must be an ISO 3166 alpha-2 code or GLOBAL");
        }
        if (category != null) {
            category = category.isBlank() ? null : category.trim().toLowerCase(Locale.ROOT);
            if (category != null && !CATEGORY.matcher(category).matches()) {
                throw new InvalidObservation("category", "must be 1-64 letters, digits, spaces, '_', '&' or '-'");
            }
        }
        if (at == null) {
            throw new InvalidObservation("timestamp", "is required");
        }
        checkCounter("views", views);
        checkCounter("likes", likes);
        checkCounter("shares", shares);
        checkCounter("comments", comments);
        checkCounter("videos", videos);
        checkCounter("creators", creators);
        relatedHashtags = relatedHashtags == null ? List.of()
                : relatedHashtags.stream().map(h -> normalizeName(h, "relatedHashtags")).distinct().limit(20).toList();
        relatedProducts = relatedProducts == null ? List.of()
                : relatedProducts.stream().filter(p -> p != null && !p.isBlank()).map(String::trim)
                        .peek(p -> {
                            if (p.length() > 100 || !PLAIN_TEXT.isValid(p, null)) {
                                throw new InvalidObservation("relatedProducts",
                                        "entries must be at most 100 characters of plain text (no markup or control characters)");
                            }
                        }).distinct().limit(20).toList();
        topVideos = topVideos == null ? List.of() : List.copyOf(topVideos.stream().limit(10).toList());
    }

    /** Convenience for sources that only carry counters. */
    public static Observation of(TrendType type, String name, String region, String category, Instant at, long views,
            long likes, long shares, long comments, long videos, long creators) {
        return new Observation(type, name, region, category, at, views, likes, shares, comments, videos, creators,
                null, null, null);
    }

    /** Counters arriving as doubles (JSON numbers, CSV cells): NaN, infinities and fractions are rejected. */
    public static long counter(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidObservation(field, "must be a finite number");
        }
        if (value != Math.rint(value)) {
            throw new InvalidObservation(field, "must be a whole number");
        }
        if (value < 0 || value > MAX_COUNTER) {
            throw new InvalidObservation(field, "must be between 0 and " + MAX_COUNTER);
        }
        return (long) value;
    }

    /** Lower case, without a leading '#', trimmed; letters of any script, digits and a few separators. */
    public static String normalizeName(String raw, String field) {
        if (raw == null) {
            throw new InvalidObservation(field, "is required");
        }
        String name = raw.trim();
        while (name.startsWith("#")) {
            name = name.substring(1);
        }
        name = name.trim().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidObservation(field, "must be 1-100 letters, digits, spaces or _ . ' & + -");
        }
        return name;
    }

    private static void checkCounter(String field, long value) {
        if (value < 0 || value > MAX_COUNTER) {
            throw new InvalidObservation(field, "must be between 0 and " + MAX_COUNTER);
        }
    }

    String seriesKey() {
        return type + "|" + name + "|" + region;
    }
}
