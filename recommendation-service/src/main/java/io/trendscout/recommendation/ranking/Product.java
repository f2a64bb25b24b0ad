package io.trendscout.recommendation.ranking;

import java.util.List;
import java.util.UUID;

/**
 * A catalog product as the ranking sees it. {@code price} is the recommended retail price (null if unknown),
 * {@code trendScore} 0-100, {@code inStock} null when the catalog does not know.
 */
public record Product(UUID id, String name, String niche, List<String> categories, List<String> tags, Double price,
        String currency, int trendScore, String trendDirection, Boolean inStock) {

    public Product {
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
        niche = niche == null ? null : niche.toLowerCase(java.util.Locale.ROOT).trim();
    }
}
