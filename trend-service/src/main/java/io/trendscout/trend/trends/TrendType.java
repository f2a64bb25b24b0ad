package io.trendscout.trend.trends;

import java.util.Locale;

/** What a trend is about (seed Trend schema). */
public enum TrendType {
    HASHTAG, SOUND, CHALLENGE, PRODUCT, CREATOR;

    /** Case-insensitive; throws {@link InvalidObservation} naming the field for anything else. */
    public static TrendType parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidObservation(field, "is required (hashtag, sound, challenge, product or creator)");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new InvalidObservation(field, "must be hashtag, sound, challenge, product or creator");
        }
    }
}
