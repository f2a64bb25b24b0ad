package io.trendscout.trend.sources.fastmoss;

import java.util.Locale;

/** How FastMoss titles and categories become series names and categories. */
final class ProductNames {

    private ProductNames() {
    }

    /**
     * A title as a series name: characters a name may not hold become spaces, runs of spaces one,
     * trimmed, lower case, at most 100 characters; null if nothing is left. (The sandbox fake names
     * its planted products the same way, so its ground truth matches.)
     */
    static String seriesName(String title) {
        return clean(title, "[^\\p{L}\\p{N}_ .'&+-]", 100);
    }

    /** A category name as a series category (letters, digits, spaces, '_', '&', '-'; at most 64). */
    static String category(String name) {
        return clean(name, "[^\\p{L}\\p{N}_ &-]", 64);
    }

    private static String clean(String raw, String disallowed, int max) {
        if (raw == null) {
            return null;
        }
        String cleaned = raw.replaceAll(disallowed, " ").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
        if (cleaned.length() > max) {
            cleaned = cleaned.substring(0, max).trim();
        }
        return cleaned.isEmpty() ? null : cleaned;
    }
}
