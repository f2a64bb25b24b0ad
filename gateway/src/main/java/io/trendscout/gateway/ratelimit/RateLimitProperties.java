package io.trendscout.gateway.ratelimit;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-plan request budgets. A caller with a token is limited by its {@code sub} under the plan
 * named by its {@code tier} claim; a caller without one by its client address under the
 * {@code anonymous} plan.
 *
 * @param enabled   switch for the whole limiter
 * @param paths     path patterns that are limited (probes and docs are not)
 * @param plans     plan name -> budget; must contain {@code basic} and {@code anonymous}
 * @param store     where buckets live: {@code memory} (one replica; per-replica budgets otherwise) or
 *                  {@code postgres} (one budget shared by every replica)
 * @param postgres  the database of the {@code postgres} store
 */
@ConfigurationProperties("trendscout.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({"/api/**", "/.well-known/**"}) List<String> paths,
        Map<String, Plan> plans,
        @DefaultValue("memory") String store,
        @DefaultValue Postgres postgres) {

    public RateLimitProperties {
        plans = plans == null || plans.isEmpty() ? defaults() : Map.copyOf(plans);
    }

    /**
     * @param requestsPerMinute sustained rate
     * @param burst             bucket capacity: requests allowed at once after a quiet period
     */
    public record Plan(long requestsPerMinute, long burst) {

        public Plan {
            if (requestsPerMinute <= 0 || burst <= 0) {
                throw new IllegalArgumentException("rate limit plans need positive requests-per-minute and burst");
            }
        }
    }

    /**
     * @param url      JDBC URL, e.g. {@code jdbc:postgresql://db:5432/trendscout?currentSchema=gateway}
     * @param username database role
     * @param password its password (from a Secret)
     * @param poolSize connections per replica
     */
    public record Postgres(String url, String username, String password, @DefaultValue("4") int poolSize) {
    }

    Plan plan(String name) {
        Plan plan = plans.get(name);
        return plan != null ? plan : plans.getOrDefault("basic", defaults().get("basic"));
    }

    static Map<String, Plan> defaults() {
        return Map.of("anonymous", new Plan(60, 30), "basic", new Plan(120, 40), "premium", new Plan(600, 120),
                "enterprise", new Plan(3000, 500));
    }
}
