package io.trendscout.sandbox.shopify;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/** A shop on the fake: its domain, the Admin API access token of the installed app and its products by id. */
final class FakeShop {

    final String domain;
    volatile String accessToken;
    final ConcurrentSkipListMap<Long, FakeProduct> products = new ConcurrentSkipListMap<>();

    FakeShop(String domain, String accessToken, int productCount) {
        this.domain = domain;
        this.accessToken = accessToken;
        for (long n = 1; n <= productCount; n++) {
            FakeProduct product = new FakeProduct(n);
            products.put(product.id(), product);
        }
    }

    FakeProduct byNumber(long number) {
        return products.get(7_000_000_000L + number);
    }

    List<FakeProduct> all() {
        return List.copyOf(products.values());
    }
}
