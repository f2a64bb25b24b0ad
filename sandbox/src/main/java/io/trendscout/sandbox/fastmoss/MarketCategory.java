package io.trendscout.sandbox.fastmoss;

import java.util.List;
import java.util.Locale;

/**
 * A level-1 TikTok Shop category as FastMoss lists it. The names are TikTok Shop's; the numeric
 * ids are FastMoss-like small integers (its pages use {@code category_id: 14}, {@code 2}) — the
 * real id table is not in the stored pages (UNCONFIRMED).
 */
public record MarketCategory(int id, String name) {

    public static final List<MarketCategory> ALL = List.of(
            new MarketCategory(1, "Beauty & Personal Care"),
            new MarketCategory(2, "Home Supplies"),
            new MarketCategory(3, "Kitchenware"),
            new MarketCategory(4, "Womenswear & Underwear"),
            new MarketCategory(5, "Sports & Outdoor"),
            new MarketCategory(6, "Phones & Electronics"),
            new MarketCategory(7, "Pet Supplies"),
            new MarketCategory(8, "Toys & Hobbies"),
            new MarketCategory(9, "Food & Beverages"),
            new MarketCategory(10, "Health"),
            new MarketCategory(11, "Fashion Accessories"),
            new MarketCategory(14, "Household Appliances"));

    public static MarketCategory byId(int id) {
        return ALL.stream().filter(c -> c.id == id).findFirst().orElse(null);
    }

    public static MarketCategory named(String name) {
        return ALL.stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
    }

    /** The category as a trend series names it: lower case, letters, digits, spaces, '_', '&' and '-' only. */
    public String seriesCategory() {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N}_ &-]", " ").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
        return cleaned.length() > 64 ? cleaned.substring(0, 64).trim() : cleaned;
    }
}
