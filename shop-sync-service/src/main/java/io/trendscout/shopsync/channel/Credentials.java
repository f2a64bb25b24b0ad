package io.trendscout.shopsync.channel;

import java.util.List;

/** What a channel needs to call its API on a merchant's behalf; secret, encrypted at rest, never returned. */
public sealed interface Credentials {

    Platform platform();

    /** The shop's stable identity on the channel (shop domain, seller id, client key). */
    String shopKey();

    record Shopify(String shopDomain, String accessToken) implements Credentials {
        public Platform platform() {
            return Platform.SHOPIFY;
        }

        public String shopKey() {
            return shopDomain;
        }

        @Override
        public String toString() {
            return "Shopify[" + shopDomain + "]";
        }
    }

    record Amazon(String clientId, String clientSecret, String refreshToken, String sellerId, List<String> marketplaceIds,
            String region) implements Credentials {
        public Platform platform() {
            return Platform.AMAZON;
        }

        public String shopKey() {
            return sellerId;
        }

        @Override
        public String toString() {
            return "Amazon[" + sellerId + "]";
        }
    }

    record Kaufland(String clientKey, String secretKey, List<String> storefronts) implements Credentials {
        public Platform platform() {
            return Platform.KAUFLAND;
        }

        public String shopKey() {
            return clientKey;
        }

        @Override
        public String toString() {
            return "Kaufland[" + storefronts + "]";
        }
    }
}
