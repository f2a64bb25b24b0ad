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
    static final int MAX_KEY_LENGTH = 100;
    /** The largest price the catalog stores (numeric(12, 2)). */
    static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
    private static final Set<String> LEVELS = Set.of("low", "medium", "high");
    private static final Set<String> DIRECTIONS = Set.of("rising", "stable", "falling");

    /** Validates raw query parameters; every violation is an {@link InvalidRequest} naming the parameter. */
    static SearchCriteria of(SearchParams p) {
        String q = blankToNull(p.q());
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequest("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        BigDecimal minPrice = price("minPrice", p.minPrice());
        BigDecimal maxPrice = price("maxPrice", p.maxPrice());
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new InvalidRequest("minPrice", "minPrice must not exceed maxPrice");
        }
        Integer minTrendScore = integer("minTrendScore", p.minTrendScore(), 0, 100);
        Integer limit = integer("limit", p.limit(), 1, PageLimit.MAX);
        SortOrder sort = sort(p.sort(), q);
        SearchCriteria criteria = new SearchCriteria(q, key("niche", p.niche()), key("category", p.category()),
                key("tag", p.tag()), minPrice, maxPrice, currency(p.currency()), oneOf("trendLevel", p.trendLevel(), LEVELS),
                oneOf("direction", p.direction(), DIRECTIONS), minTrendScore, channel(p.channel()), sort, null,
                PageLimit.of(limit));
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

    /** A price filter: a plain decimal number from 0 to {@link #MAX_PRICE} with at most two decimals. */
    private static BigDecimal price(String field, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        String rule = field + " must be a decimal number from 0 to " + MAX_PRICE.toPlainString()
                + " with at most 2 decimals";
        if (text.length() > 20 || !text.matches("\\d+(\\.\\d+)?")) {
            throw new InvalidRequest(field, rule);
        }
        BigDecimal price = new BigDecimal(text);
        if (price.compareTo(MAX_PRICE) > 0 || price.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequest(field, rule);
        }
        return price;
    }

    private static Integer integer(String field, String value, int min, int max) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        String rule = field + " must be a whole number from " + min + " to " + max;
        if (text.length() > 10 || !text.matches("-?\\d+")) {
            throw new InvalidRequest(field, rule);
        }
        long number = Long.parseLong(text);
        if (number < min || number > max) {
            throw new InvalidRequest(field, rule);
        }
        return (int) number;
    }

    private static String key(String field, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        if (value.length() > MAX_KEY_LENGTH) {
            throw new InvalidRequest(field, field + " must be at most " + MAX_KEY_LENGTH + " characters");
        }
        return ProductDraft.key(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
