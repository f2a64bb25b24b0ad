package io.trendscout.gateway.ratelimit;

import java.time.Clock;

import com.zaxxer.hikari.HikariDataSource;
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

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "trendscout.gateway.rate-limit.store", havingValue = "postgres")
    HikariDataSource rateLimitDataSource(RateLimitProperties properties) {
        RateLimitProperties.Postgres db = properties.postgres();
        if (db.url() == null || db.url().isBlank()) {
            throw new IllegalStateException("trendscout.gateway.rate-limit.store=postgres needs "
                    + "trendscout.gateway.rate-limit.postgres.url (TRENDSCOUT_RATE_LIMIT_DB_URL)");
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("rate-limit");
        dataSource.setJdbcUrl(db.url());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        dataSource.setMaximumPoolSize(db.poolSize());
        dataSource.setConnectionTimeout(1_000);
        return dataSource;
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "trendscout.gateway.rate-limit.store", havingValue = "postgres")
    RateLimitStore postgresRateLimitStore(HikariDataSource rateLimitDataSource) {
        PostgresRateLimitStore store = new PostgresRateLimitStore(rateLimitDataSource);
        store.createTable();
        return store;
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitProperties properties, RateLimitStore store, ProblemResponses problems) {
        return new RateLimitFilter(properties, store, problems);
    }
}
