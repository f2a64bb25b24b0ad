package io.trendscout.launcher;

import java.util.List;

/**
 * One process of the platform: its Maven module (whose target/ holds the runnable jar), port and
 * the gateway's name for it ({@code TRENDSCOUT_<KEY>_URL}).
 */
public record ServiceSpec(String name, String module, String gatewayKey, int defaultPort) {

    public static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("security", "security-service", "SECURITY", 8081),
            new ServiceSpec("product", "product-service", "PRODUCT", 8082),
            new ServiceSpec("trend", "trend-service", "TREND", 8083),
            new ServiceSpec("recommendation", "recommendation-service", "RECOMMENDATION", 8084),
            new ServiceSpec("tiktok", "tiktok-service", "TIKTOK", 8085),
            new ServiceSpec("analytics", "analytics-service", "ANALYTICS", 8086),
            new ServiceSpec("shop-sync", "shop-sync-service", "SHOPSYNC", 8087),
            new ServiceSpec("ai-generator", "ai-generator-service", "AIGENERATOR", 8088));

    public static final ServiceSpec GATEWAY = new ServiceSpec("gateway", "gateway", "GATEWAY", 8080);

    /** The schema a service owns (also its database role in production). */
    public String schema() {
        return module.replace("-service", "").replace("-", "");
    }
}
