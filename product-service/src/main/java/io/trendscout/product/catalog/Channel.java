package io.trendscout.product.catalog;

import java.util.Locale;
import java.util.Optional;

/** A sales channel a product is listed on. */
public enum Channel {
    SHOPIFY("shopify"), AMAZON("amazon"), KAUFLAND("kaufland"), TIKTOK_SHOP("tiktok-shop");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Channel> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Channel channel : values()) {
            if (channel.id.equals(normalized) || channel.id.replace("-", "").equals(normalized)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
