package io.trendscout.product.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.product.catalog.Listings;
import io.trendscout.product.catalog.Products;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The local demo catalog loads into the real schema, and loading it again changes nothing. */
@PlatformIntegrationTest
class DemoCatalogLoaderIT {

    @Autowired
    Products products;

    @Autowired
    Listings listings;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void loadsIdempotently() {
        DemoCatalogLoader loader = new DemoCatalogLoader(products, listings, jdbcClient, transactions);
        loader.run(null);
        String demo = "select count(*) from product where images[1] like 'https://images.trendscout.io/demo/%'";
        assertThat(jdbc.queryForObject(demo, Integer.class)).isEqualTo(300);
        int listed = jdbc.queryForObject("select count(*) from product_listing where merchant_id = ?", Integer.class,
                DemoCatalogLoader.DEMO_MERCHANT);
        assertThat(listed).isPositive();
        loader.run(null);
        assertThat(jdbc.queryForObject(demo, Integer.class)).isEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from product_listing where merchant_id = ?", Integer.class,
                DemoCatalogLoader.DEMO_MERCHANT)).isEqualTo(listed);
        assertThat(jdbc.queryForObject("select count(*) from product where trend_level is not null and primary_niche = 'fitness'"
                + " and images[1] like 'https://images.trendscout.io/demo/%'", Integer.class)).isEqualTo(30);
    }
}
