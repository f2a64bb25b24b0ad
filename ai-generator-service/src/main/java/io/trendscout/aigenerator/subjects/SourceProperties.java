package io.trendscout.aigenerator.subjects;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where product and trend data are read from, and how long to wait for them. */
@ConfigurationProperties("trendscout.ai.sources")
record SourceProperties(String productUrl, String trendUrl, Duration connectTimeout, Duration readTimeout) {

    SourceProperties {
        productUrl = productUrl == null ? "http://localhost:8082" : productUrl;
        trendUrl = trendUrl == null ? "http://localhost:8083" : trendUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    }
}
