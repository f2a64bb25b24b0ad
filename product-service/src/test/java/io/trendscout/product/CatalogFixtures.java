package io.trendscout.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.product.catalog.Price;
import io.trendscout.product.catalog.ProductDraft;
import io.trendscout.product.catalog.Products;
import io.trendscout.product.catalog.TikTokShop;
import org.springframework.jdbc.core.JdbcTemplate;

/** Puts catalog products straight into the service's tables (the way the demo catalog does). */
record CatalogFixtures(Products products, JdbcTemplate jdbc) {

    UUID product(String name, String description, String niche, List<String> tags, String price, String currency,
            int trendScore, String level, String direction, Instant createdAt) {
        UUID id = UUID.randomUUID();
        products.insert(id, new ProductDraft(name, description, List.of("https://img.example/" + id + ".jpg"),
                List.of(niche + "-category"), niche, tags, new Price(null, new BigDecimal(price), currency), null,
                new TikTokShop(false, null, null)), null, createdAt);
        jdbc.update("update product set trend_score = ?, trend_level = ?, trend_direction = ? where id = ?", trendScore,
                level, direction, id);
        return id;
    }

    UUID product(String name, String niche) {
        return product(name, "", niche, List.of(), "10.00", "EUR", 50, "medium", "stable", Instant.now());
    }
}
