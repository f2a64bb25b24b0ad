package io.trendscout.shopsync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Shop sync service: Shopify, Amazon and Kaufland connections and product sync. */
@SpringBootApplication
public class ShopSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopSyncApplication.class, args);
    }
}
