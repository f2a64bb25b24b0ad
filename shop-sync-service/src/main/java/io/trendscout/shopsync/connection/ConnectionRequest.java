package io.trendscout.shopsync.connection;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/connections}: the platform, a display name and the platform's credentials
 * (Shopify: shopDomain, accessToken; Amazon: clientId, clientSecret, refreshToken, sellerId,
 * marketplaceIds, region; Kaufland: clientKey, secretKey, storefronts).
 */
record ConnectionRequest(@NotBlank String platform, @Size(max = 120) String shopName,
        @NotNull @Valid CredentialsRequest credentials) {

    record CredentialsRequest(@Size(max = 255) String shopDomain, @Size(max = 512) String accessToken,
            @Size(max = 255) String clientId, @Size(max = 512) String clientSecret, @Size(max = 2048) String refreshToken,
            @Size(max = 64) String sellerId, @Size(max = 10) List<@NotBlank @Size(max = 32) String> marketplaceIds,
            @Size(max = 8) String region, @Size(max = 255) String clientKey, @Size(max = 512) String secretKey,
            @Size(max = 7) List<@NotBlank @Size(max = 4) String> storefronts) {

        @Override
        public String toString() {
            return "CredentialsRequest[redacted]";
        }
    }
}
