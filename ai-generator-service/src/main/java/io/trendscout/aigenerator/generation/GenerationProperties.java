package io.trendscout.aigenerator.generation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Cache of identical requests: how long and how many results are kept (in memory, per instance). */
@ConfigurationProperties("trendscout.ai.cache")
record GenerationProperties(Duration ttl, long maxEntries) {

    GenerationProperties {
        ttl = ttl == null ? Duration.ofHours(1) : ttl;
        maxEntries = maxEntries <= 0 ? 10_000 : maxEntries;
    }
}
