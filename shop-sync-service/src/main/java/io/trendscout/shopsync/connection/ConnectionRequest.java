package io.trendscout.shopsync.connection;

import java.util.List;

import io.trendscout.platform.web.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/connections}: the platform, a display name and the platform's credentials
 * (Shopify: shopDomain, accessToken; Amazon: clientId, clientSecret, refreshToken, sellerId,
 * marketplaceIds, region; Kaufland: clientKey, secretKey, storefronts). The name and the account key (seller id,
 * client key) are shown back to the merchant, so they must be plain text. No URL is accepted: the Shopify shop is a
 * {@code *.myshopify.com} domain, and channel URLs come from configuration.
 */
record ConnectionRequest(@NotBlank String platform, @Size(max = 120) @PlainText String shopName,
        @NotNull @Valid CredentialsRequest credentials) {

    record CredentialsRequest(@Size(max = 255) String shopDomain, @Size(max = 512) String accessToken,
            @Size(max = 255) String clientId, @Size(max = 512) String clientSecret, @Size(max = 2048) String refreshToken,
            @Size(max = 64) @PlainText String sellerId, @Size(max = 10) List<@NotBlank @Size(max = 32) String> marketplaceIds,
            @Size(max = 8) String region, @Size(max = 255) @PlainText String clientKey, @Size(max = 512) String secretKey,
            @Size(max = 7) List<@NotBlank @Size(max = 4) String> storefronts) {

        @Override
        public String toString() {
            return "CredentialsRequest[redacted]";
        }
    }
}
