package io.trendscout.shopsync.connection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.shopsync.channel.Credentials;
import io.trendscout.shopsync.channel.Platform;

/** Checks a request's credentials for its platform and names the first missing or malformed field. */
final class CredentialsParser {

    private static final Pattern SHOP_DOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}\\.myshopify\\.com");
    private static final Set<String> REGIONS = Set.of("na", "eu", "fe");
    private static final Set<String> STOREFRONTS = Set.of("de", "cz", "sk", "pl", "at", "fr", "it");

    private CredentialsParser() {
    }

    static Credentials parse(Platform platform, ConnectionRequest.CredentialsRequest c) {
        return switch (platform) {
            case SHOPIFY -> {
                String domain = required(c.shopDomain(), "credentials.shopDomain").toLowerCase(Locale.ROOT);
                if (!SHOP_DOMAIN.matcher(domain).matches()) {
                    throw new InvalidRequest("credentials.shopDomain", "must look like your-shop.myshopify.com");
                }
                yield new Credentials.Shopify(domain, required(c.accessToken(), "credentials.accessToken"));
            }
            case AMAZON -> {
                String region = required(c.region(), "credentials.region").toLowerCase(Locale.ROOT);
                if (!REGIONS.contains(region)) {
                    throw new InvalidRequest("credentials.region", "must be one of na, eu, fe");
                }
                if (c.marketplaceIds() == null || c.marketplaceIds().isEmpty()) {
                    throw new InvalidRequest("credentials.marketplaceIds", "must list at least one marketplace id");
                }
                yield new Credentials.Amazon(required(c.clientId(), "credentials.clientId"),
                        required(c.clientSecret(), "credentials.clientSecret"),
                        required(c.refreshToken(), "credentials.refreshToken"), required(c.sellerId(), "credentials.sellerId"),
                        List.copyOf(c.marketplaceIds()), region);
            }
            case KAUFLAND -> {
                List<String> storefronts = c.storefronts() == null || c.storefronts().isEmpty() ? List.of("de")
                        : c.storefronts().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).distinct().toList();
                if (!STOREFRONTS.containsAll(storefronts)) {
                    throw new InvalidRequest("credentials.storefronts", "must be among de, cz, sk, pl, at, fr, it");
                }
                yield new Credentials.Kaufland(required(c.clientKey(), "credentials.clientKey"),
                        required(c.secretKey(), "credentials.secretKey"), storefronts);
            }
        };
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(field, "is required for this platform");
        }
        return value.trim();
    }
}
