package io.trendscout.shopsync.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param shopifySecret the Shopify app's client secret that signs webhooks (empty: every webhook is refused)
 * @param pollInterval  how often stored deliveries are applied
 * @param maxAttempts   tries per delivery before it is marked failed
 * @param maxAge        how far {@code X-Shopify-Triggered-At} may be from now (either way) for a delivery to be accepted
 */
@ConfigurationProperties("trendscout.shop-sync.webhooks")
record WebhookProperties(String shopifySecret, Duration pollInterval, int maxAttempts, Duration maxAge) {

    @Override
    public String toString() {
        return "WebhookProperties[pollInterval=" + pollInterval + ", maxAge=" + maxAge + "]";
    }
}
