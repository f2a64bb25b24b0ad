package io.trendscout.tiktok.shop;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param authUrl      token host ({@code https://auth.tiktok-shops.com})
 * @param apiUrl       Partner API host ({@code https://open-api.tiktokglobalshop.com})
 * @param refreshAhead refresh the shop access token when it expires within this
 * @param productUrl   product-service base URL, for publishing a product without a body
 */
@ConfigurationProperties("trendscout.tiktok.shop")
record ShopProperties(String authUrl, String apiUrl, String appKey, String appSecret, Duration refreshAhead, String productUrl) {

    boolean configured() {
        return appKey != null && !appKey.isBlank() && appSecret != null && !appSecret.isBlank();
    }
}
