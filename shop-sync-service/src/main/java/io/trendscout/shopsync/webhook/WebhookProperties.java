package io.trendscout.shopsync.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param shopifySecret the Shopify app's client secret that signs webhooks (empty: every webhook is refused)
 * @param pollInterval  how often stored deliveries are applied
 * @param maxAttempts   tries per delivery before it is marked failed
 */
@ConfigurationProperties("trendscout.shop-sync.webhooks")
record WebhookProperties(String shopifySecret, Duration pollInterval, int maxAttempts) {

    @Override
    public String toString() {
        return "WebhookProperties[pollInterval=" + pollInterval + "]";
    }
}
