package io.trendscout.product.catalog.demo;

import java.sql.Timestamp;
import java.util.UUID;

import io.trendscout.product.catalog.Channel;
import io.trendscout.product.catalog.Listings;
import io.trendscout.product.catalog.Products;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo catalog at startup of a local run; products that exist already are left alone. */
@Component
@Profile("local")
class DemoCatalogLoader implements ApplicationRunner {

    /** Owner of the demo catalog's TikTok Shop listings. */
    static final UUID DEMO_MERCHANT = UUID.fromString("00000000-0000-4000-8000-00000000d300");

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

    private final Products products;
    private final Listings listings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoCatalogLoader(Products products, Listings listings, JdbcClient jdbc, TransactionTemplate transactions) {
        this.products = products;
        this.listings = listings;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int inserted = transactions.execute(status -> {
            int count = 0;
            for (DemoCatalog.DemoProduct p : DemoCatalog.generate()) {
                if (products.insert(p.id(), p.draft(), null, p.createdAt())) {
                    figures(p);
                    count++;
                }
            }
            return count;
        });
        log.info("Demo catalog: {} products inserted", inserted);
    }

    private void figures(DemoCatalog.DemoProduct p) {
        jdbc.sql("""
                update product set view_count = :views, save_count = :saves, conversion_rate = :conversion,
                  average_rating = :rating, trend_score = :score, trend_level = :level, trend_direction = :direction,
                  first_detected = :created, related_hashtags = :hashtags where id = :id""")
                .param("id", p.id()).param("views", p.views()).param("saves", p.saves())
                .param("conversion", p.conversionRate()).param("rating", p.rating()).param("score", p.trendScore())
                .param("level", p.level()).param("direction", p.direction())
                .param("created", Timestamp.from(p.createdAt()))
                .param("hashtags", p.hashtags().toArray(String[]::new)).update();
        if (p.draft().tiktokShop() != null && p.draft().tiktokShop().available()) {
            listings.putManual(p.id(), DEMO_MERCHANT, Channel.TIKTOK_SHOP, "TT-" + p.draft().tiktokShop().productId(),
                    25 + (int) (p.views() % 400), p.draft().price().recommendedRetail(), p.draft().price().currency(),
                    p.createdAt());
        }
    }
}
