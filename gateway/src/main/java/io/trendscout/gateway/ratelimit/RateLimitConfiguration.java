package io.trendscout.gateway.ratelimit;

import java.time.Clock;

import io.trendscout.gateway.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the limiter after authentication; the store is replaceable by another {@link RateLimitStore} bean. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "trendscout.gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "trendscout.gateway.rate-limit.store", havingValue = "memory", matchIfMissing = true)
    RateLimitStore inMemoryRateLimitStore() {
        return new InMemoryRateLimitStore(Clock.systemUTC());
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitProperties properties, RateLimitStore store, ProblemResponses problems) {
        return new RateLimitFilter(properties, store, problems);
    }
}
