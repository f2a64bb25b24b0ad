package io.trendscout.tiktok.connection;

/** No TikTok client key / secret is configured in this deployment. */
class NotConfigured extends RuntimeException {

    NotConfigured() {
        super("TikTok is not configured in this deployment (trendscout.tiktok.oauth.client-key).");
    }
}
