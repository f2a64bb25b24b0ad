package io.trendscout.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two gateway replicas (two stores, two pools) on one real PostgreSQL share each caller's budget. */
class PostgresRateLimitStoreIT {

    private static EmbeddedPostgres postgres;
    private static HikariDataSource replicaOnePool;
    private static HikariDataSource replicaTwoPool;
    private static PostgresRateLimitStore replicaOne;
    private static PostgresRateLimitStore replicaTwo;

    @BeforeAll
    static void twoReplicas() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        replicaOnePool = pool();
        replicaTwoPool = pool();
        replicaOne = new PostgresRateLimitStore(replicaOnePool);
        replicaTwo = new PostgresRateLimitStore(replicaTwoPool);
        replicaOne.createTable();
        replicaTwo.createTable();
    }

    @AfterAll
    static void stop() throws Exception {
        replicaOnePool.close();
        replicaTwoPool.close();
        postgres.close();
    }

    private static HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setMaximumPoolSize(4);
        return pool;
    }

    @Test
    void theBurstIsSharedAcrossReplicasAndARefusalSaysWhenToRetry() {
        RateLimitProperties.Plan plan = new RateLimitProperties.Plan(60, 6);
        int allowed = 0;
        for (int i = 0; i < 6; i++) {
            PostgresRateLimitStore replica = i % 2 == 0 ? replicaOne : replicaTwo;
            allowed += replica.consume("user:shared", plan).block().allowed() ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(6);
        RateLimitStore.Decision refused = replicaTwo.consume("user:shared", plan).block();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfter()).isBetween(Duration.ofMillis(1), Duration.ofSeconds(1));
        assertThat(replicaOne.consume("user:someone-else", plan).block().allowed()).as("other callers unaffected").isTrue();
    }

    @Test
    void concurrentRequestsOnBothReplicasNeverExceedTheBudget() throws Exception {
        RateLimitProperties.Plan plan = new RateLimitProperties.Plan(1, 20);
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            PostgresRateLimitStore replica = i % 2 == 0 ? replicaOne : replicaTwo;
            requests.add(() -> replica.consume("ip:10.0.0.1", plan).block().allowed());
        }
        int allowed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> result : pool.invokeAll(requests)) {
                allowed += result.get() ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(20);
    }

    @Test
    void tokensComeBackAtThePlanRate() throws Exception {
        RateLimitProperties.Plan plan = new RateLimitProperties.Plan(600, 1);
        assertThat(replicaOne.consume("user:refill", plan).block().allowed()).isTrue();
        assertThat(replicaTwo.consume("user:refill", plan).block().allowed()).isFalse();
        Thread.sleep(150);
        assertThat(replicaTwo.consume("user:refill", plan).block().allowed()).as("10 per second: refilled after 100 ms").isTrue();
    }

    @Test
    void anUnreachableStoreLetsRequestsThrough() {
        HikariDataSource broken = new HikariDataSource();
        broken.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/none");
        broken.setConnectionTimeout(250);
        broken.setInitializationFailTimeout(-1);
        try {
            RateLimitStore.Decision decision = new PostgresRateLimitStore(broken)
                    .consume("user:x", new RateLimitProperties.Plan(60, 5)).block();
            assertThat(decision.allowed()).isTrue();
        } finally {
            broken.close();
        }
    }
}
