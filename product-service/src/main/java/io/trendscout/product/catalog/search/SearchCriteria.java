package io.trendscout.product.catalog.search;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.product.catalog.Channel;
import io.trendscout.product.catalog.ProductDraft;
import io.trendscout.product.shared.InvalidCursor;
import io.trendscout.product.shared.PageCursor;
import io.trendscout.product.shared.PageLimit;

/** A validated catalog query: every filter normalized, the sort decided, the cursor checked against both. */
record SearchCriteria(String q, String niche, String category, String tag, BigDecimal minPrice, BigDecimal maxPrice,
        String currency, String trendLevel, String direction, Integer minTrendScore, Channel channel, SortOrder sort,
        PageCursor cursor, int limit) {

    static final int MAX_QUERY_LENGTH = 200;
    private static final Set<String> LEVELS = Set.of("low", "medium", "high");
    private static final Set<String> DIRECTIONS = Set.of("rising", "stable", "falling");

    /** Validates raw query parameters; every violation is an {@link InvalidRequest} naming the parameter. */
    static SearchCriteria of(SearchParams p) {
        String q = blankToNull(p.q());
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequest("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        requireNonNegative("minPrice", p.minPrice());
        requireNonNegative("maxPrice", p.maxPrice());
        if (p.minPrice() != null && p.maxPrice() != null && p.minPrice().compareTo(p.maxPrice()) > 0) {
            throw new InvalidRequest("minPrice", "minPrice must not exceed maxPrice");
        }
        if (p.minTrendScore() != null && (p.minTrendScore() < 0 || p.minTrendScore() > 100)) {
            throw new InvalidRequest("minTrendScore", "minTrendScore must be between 0 and 100");
        }
        SortOrder sort = sort(p.sort(), q);
        SearchCriteria criteria = new SearchCriteria(q, key(p.niche()), key(p.category()), key(p.tag()), p.minPrice(),
                p.maxPrice(), currency(p.currency()), oneOf("trendLevel", p.trendLevel(), LEVELS),
                oneOf("direction", p.direction(), DIRECTIONS), p.minTrendScore(), channel(p.channel()), sort, null,
                PageLimit.of(p.limit()));
        if (p.cursor() == null) {
            return criteria;
        }
        PageCursor cursor = PageCursor.decode(p.cursor()).requireFor(sort.param(), criteria.fingerprint());
        if (!sort.acceptsKey(cursor.key())) {
            throw new InvalidCursor();
        }
        return criteria.withCursor(cursor);
    }

    private SearchCriteria withCursor(PageCursor pageCursor) {
        return new SearchCriteria(q, niche, category, tag, minPrice, maxPrice, currency, trendLevel, direction,
                minTrendScore, channel, sort, pageCursor, limit);
    }

    /** Identifies the filters a cursor was issued for, so it cannot be replayed against another query. */
    String fingerprint() {
        String canonical = String.join("|", String.valueOf(q), String.valueOf(niche), String.valueOf(category),
                String.valueOf(tag), plain(minPrice), plain(maxPrice), String.valueOf(currency), String.valueOf(trendLevel),
                String.valueOf(direction), String.valueOf(minTrendScore), channel == null ? "null" : channel.id());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static SortOrder sort(String value, String q) {
        if (value == null || value.isBlank()) {
            return q == null ? SortOrder.TREND_SCORE : SortOrder.RELEVANCE;
        }
        SortOrder sort = SortOrder.parse(value.trim())
                .orElseThrow(() -> new InvalidRequest("sort", "sort must be one of " + SortOrder.allowed()));
        if (sort == SortOrder.RELEVANCE && q == null) {
            throw new InvalidRequest("sort", "sort=relevance needs a search text q");
        }
        return sort;
    }

    private static String currency(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
            return code;
        } catch (IllegalArgumentException ex) {
            throw new InvalidRequest("currency", "currency must be an ISO 4217 code such as EUR");
        }
    }

    private static Channel channel(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return Channel.parse(value).orElseThrow(() -> new InvalidRequest("channel",
                "channel must be one of shopify, amazon, kaufland, tiktok-shop"));
    }

    private static String oneOf(String field, String value, Set<String> allowed) {
        if (blankToNull(value) == null) {
            return null;
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(normalized)) {
            throw new InvalidRequest(field, field + " must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return normalized;
    }

    private static void requireNonNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidRequest(field, field + " must not be negative");
        }
    }

    private static String key(String value) {
        return blankToNull(value) == null ? null : ProductDraft.key(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
