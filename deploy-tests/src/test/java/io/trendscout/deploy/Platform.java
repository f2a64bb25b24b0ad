package io.trendscout.deploy;

import java.util.List;

/** What the chart must deploy: the gateway, every service with its port and schema, the topics. */
final class Platform {

    record Service(String name, int port, String schema, String gatewayKey) {
        boolean hasDatabase() {
            return schema != null;
        }
    }

    static final Service GATEWAY = new Service("gateway", 8080, null, null);

    static final List<Service> SERVICES = List.of(
            new Service("security-service", 8081, "security", "SECURITY"),
            new Service("product-service", 8082, "product", "PRODUCT"),
            new Service("trend-service", 8083, "trend", "TREND"),
            new Service("recommendation-service", 8084, "recommendation", "RECOMMENDATION"),
            new Service("tiktok-service", 8085, "tiktok", "TIKTOK"),
            new Service("analytics-service", 8086, "analytics", "ANALYTICS"),
            new Service("shop-sync-service", 8087, "shopsync", "SHOPSYNC"),
            new Service("ai-generator-service", 8088, "aigenerator", "AIGENERATOR"));

    static final List<Service> ALL = java.util.stream.Stream.concat(java.util.stream.Stream.of(GATEWAY), SERVICES.stream()).toList();

    static final List<String> TOPICS = List.of(
            "shop-sync.product-synced.v1",
            "trend.trend-detected.v1",
            "tiktok.stats-fetched.v1",
            "identity.user-erased.v1",
            "product.product-interacted.v1",
            "identity.user-preferences-changed.v1",
            "identity.session-revoked.v1",
            "product.product-removed.v1",
            "trend.observations.v1");

    private Platform() {
    }
}
