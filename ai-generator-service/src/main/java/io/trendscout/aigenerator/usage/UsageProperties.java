package io.trendscout.aigenerator.usage;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Daily quotas per plan tier ({@code basic}, {@code premium}, {@code enterprise}):
 * {@code generationsPerDay} caps all generations (over it: 429), {@code llmCallsPerDay} caps LLM
 * calls (over it: the built-in generator answers). An unknown tier gets the basic quota.
 */
@ConfigurationProperties("trendscout.ai.quota")
record UsageProperties(Map<String, Tier> tiers) {

    record Tier(int generationsPerDay, int llmCallsPerDay) {
    }

    UsageProperties {
        tiers = tiers == null || tiers.isEmpty() ? Map.of("basic", new Tier(200, 20), "premium", new Tier(2000, 200),
                "enterprise", new Tier(20000, 2000)) : Map.copyOf(tiers);
    }

    Tier of(String tier) {
        return tiers.getOrDefault(tier, tiers.getOrDefault("basic", new Tier(200, 20)));
    }
}
