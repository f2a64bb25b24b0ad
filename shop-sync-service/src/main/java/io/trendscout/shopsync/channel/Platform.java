package io.trendscout.shopsync.channel;

import java.util.Locale;
import java.util.Optional;

/** The sales channels a merchant can connect. */
public enum Platform {
    SHOPIFY, AMAZON, KAUFLAND;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Platform> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Platform p : values()) {
            if (p.id().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
