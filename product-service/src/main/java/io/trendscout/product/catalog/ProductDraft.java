package io.trendscout.product.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** The editable part of a product, as merchants, sync and the demo catalog supply it. */
public record ProductDraft(String name, String description, List<String> images, List<String> categories,
        String primaryNiche, List<String> tags, Price price, Supplier supplier, TikTokShop tiktokShop) {

    /** Keys that are matched on (niche, categories, tags) in lower case, tags without '#', no duplicates. */
    public ProductDraft normalized() {
        return new ProductDraft(name.trim(), description == null ? "" : description, list(images),
                keys(categories), primaryNiche == null || primaryNiche.isBlank() ? null : key(primaryNiche), keys(tags),
                new Price(price.cost(), price.recommendedRetail(), price.currency().toUpperCase(Locale.ROOT)),
                supplier, tiktokShop == null ? new TikTokShop(false, null, null) : tiktokShop);
    }

    public static String key(String value) {
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        return trimmed.startsWith("#") ? trimmed.substring(1) : trimmed;
    }

    static List<String> keys(List<String> values) {
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String value : list(values)) {
            if (value != null && !value.isBlank()) {
                result.add(key(value));
            }
        }
        return List.copyOf(result);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }
}
