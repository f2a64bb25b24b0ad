package io.trendscout.trend.trends;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.trendscout.platform.web.validation.PlainTextValidator;

/**
 * What one source knows about one series (entity type + name + region) in one time bucket, with
 * provenance. The constructor enforces the ingestion rules (names, regions, finite non-negative
 * counters up to {@value #MAX_COUNTER}) and normalizes names, so every source validates the same way.
 *
 * <p>Storage keeps one row per (source, series, bucket), so re-delivering an observation never
 * counts twice and two sources never overwrite each other:
 * <ul>
 * <li>{@link Measure#INCREMENT}: the counters are what the series gained in the bucket; a newer
 *     delivery of the same bucket replaces the older one (the source recomputed it);</li>
 * <li>{@link Measure#CUMULATIVE}: the counters are totals so far at {@code at}; per bucket the
 *     greatest value wins, so duplicates and late (out-of-order) rows are harmless.</li>
 * </ul>
 *
 * @param source    the adapter's name ({@code creator-panel}, {@code fastmoss}, {@code tiktok-research}, {@code import})
 * @param at        the bucket's start (INCREMENT) or the instant of the totals (CUMULATIVE); stored
 *                  truncated to the bucket
 * @param fetchedAt when the source fetched it (provenance and freshness)
 */
public record Observation(String source, TrendType type, String name, String region, String category, Instant at,
        Bucket bucket, Measure measure, Counts counts, Details details, Instant fetchedAt) {

    public static final long MAX_COUNTER = 1_000_000_000_000L;
    public static final String GLOBAL = "GLOBAL";
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_ .'&+-]{1,100}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}|GLOBAL");
    private static final Pattern CATEGORY = Pattern.compile("[\\p{L}\\p{N}_ &-]{1,64}");
    private static final PlainTextValidator PLAIN_TEXT = new PlainTextValidator();

    /** Width of a time bucket. */
    public enum Bucket {
        FIVE_MINUTES(Duration.ofMinutes(5)), HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1));

        private final Duration width;

        Bucket(Duration width) {
            this.width = width;
        }

        public Duration width() {
            return width;
        }

        public Instant start(Instant at) {
            return switch (this) {
                case FIVE_MINUTES -> Instant.ofEpochSecond(at.getEpochSecond() - Math.floorMod(at.getEpochSecond(), 300));
                case HOUR -> at.truncatedTo(ChronoUnit.HOURS);
                case DAY -> at.truncatedTo(ChronoUnit.DAYS);
            };
        }
    }

    /** How the counters are meant; see the type's documentation. */
    public enum Measure {
        INCREMENT, CUMULATIVE
    }

    /**
     * The counters. {@code units} and {@code gmv} (whole currency units) come from market data;
     * {@code creators} is a gauge: distinct creators of the series in the 7 days up to the bucket's end.
     */
    public record Counts(long views, long likes, long shares, long comments, long videos, long creators, long units,
            long gmv) {

        public Counts {
            checkCounter("views", views);
            checkCounter("likes", likes);
            checkCounter("shares", shares);
            checkCounter("comments", comments);
            checkCounter("videos", videos);
            checkCounter("creators", creators);
            checkCounter("units", units);
            checkCounter("gmv", gmv);
        }

        public static Counts engagement(long views, long likes, long shares, long comments, long videos, long creators) {
            return new Counts(views, likes, shares, comments, videos, creators, 0, 0);
        }

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * What a source knows about the entity besides counters (all optional): a display name (a
     * sound's or product's title), the source's own id (music_id, product_id), related hashtags and
     * products, top videos, and plain attributes such as price or commission.
     */
    public record Details(String displayName, String externalId, List<String> relatedHashtags,
            List<String> relatedProducts, List<TopVideo> topVideos, Map<String, String> attributes) {

        public static final Details NONE = new Details(null, null, List.of(), List.of(), List.of(), Map.of());

        public Details {
            displayName = plain("displayName", displayName, 200);
            externalId = plain("externalId", externalId, 100);
            relatedHashtags = relatedHashtags == null ? List.of()
                    : relatedHashtags.stream().map(h -> normalizeName(h, "relatedHashtags")).distinct().limit(20).toList();
            relatedProducts = relatedProducts == null ? List.of()
                    : relatedProducts.stream().filter(p -> p != null && !p.isBlank())
                            .map(p -> plain("relatedProducts", p, 100)).distinct().limit(20).toList();
            topVideos = topVideos == null ? List.of() : List.copyOf(topVideos.stream().limit(10).toList());
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
            attributes.forEach((k, v) -> plain("attributes." + k, v, 200));
        }
    }

    public Observation {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new InvalidObservation("source", "must be 1-32 lower-case letters, digits or '-'");
        }
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
        if (bucket == null || measure == null || counts == null) {
            throw new InvalidObservation("bucket", "bucket, measure and counts are required");
        }
        details = details == null ? Details.NONE : details;
        fetchedAt = fetchedAt == null ? at : fetchedAt;
    }

    /** Totals so far at one instant, hourly (the import and sources that only see totals). */
    public static Observation cumulative(String source, TrendType type, String name, String region, String category,
            Instant at, Counts counts, Details details) {
        return new Observation(source, type, name, region, category, at, Bucket.HOUR, Measure.CUMULATIVE, counts, details,
                null);
    }

    /** What the series gained in one bucket. */
    public static Observation increment(String source, TrendType type, String name, String region, String category,
            Instant bucketStart, Bucket bucket, Counts counts, Details details, Instant fetchedAt) {
        return new Observation(source, type, name, region, category, bucketStart, bucket, Measure.INCREMENT, counts,
                details, fetchedAt);
    }

    /** The start of this observation's bucket. */
    public Instant bucketStart() {
        return bucket.start(at);
    }

    /** The trend this observation belongs to, across sources: {@code TYPE|name|REGION} (also the Kafka key). */
    public String seriesKey() {
        return type + "|" + name + "|" + region;
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

    private static String plain(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max || !PLAIN_TEXT.isValid(trimmed, null)) {
            throw new InvalidObservation(field, "must be at most " + max + " characters of plain text (no markup or control characters)");
        }
        return trimmed;
    }

    private static void checkCounter(String field, long value) {
        if (value < 0 || value > MAX_COUNTER) {
            throw new InvalidObservation(field, "must be between 0 and " + MAX_COUNTER);
        }
    }
}
