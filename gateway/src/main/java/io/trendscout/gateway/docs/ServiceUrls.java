package io.trendscout.gateway.docs;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Base URLs of the routed services, by route key ({@code TRENDSCOUT_<KEY>_URL}). */
@ConfigurationProperties("trendscout")
record ServiceUrls(Map<String, String> services) {

    ServiceUrls {
        services = services == null ? Map.of() : Map.copyOf(services);
    }
}
