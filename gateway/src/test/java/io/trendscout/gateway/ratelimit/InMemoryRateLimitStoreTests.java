package io.trendscout.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;

import io.trendscout.gateway.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimitStoreTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryRateLimitStore store = new InMemoryRateLimitStore(clock);
    private final RateLimitProperties.Plan plan = new RateLimitProperties.Plan(60, 2);

    @Test
    void burstThenRefusedWithATimeToWait() {
        assertThat(store.consume("a", plan).block().allowed()).isTrue();
        RateLimitStore.Decision second = store.consume("a", plan).block();
        assertThat(second.allowed()).isTrue();
        assertThat(second.remaining()).isZero();
        RateLimitStore.Decision third = store.consume("a", plan).block();
        assertThat(third.allowed()).isFalse();
        assertThat(third.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(store.consume("b", plan).block().allowed()).as("another caller has its own bucket").isTrue();
    }

    @Test
    void planChangeStartsAFreshBucket() {
        store.consume("a", plan).block();
        store.consume("a", plan).block();
        assertThat(store.consume("a", new RateLimitProperties.Plan(600, 100)).block().allowed()).isTrue();
    }

    @Test
    void refilledBucketsAreSweptButBusyOnesStay() throws InterruptedException {
        RateLimitProperties.Plan fast = new RateLimitProperties.Plan(60_000, 1);
        store.consume("idle", fast).block();
        store.consume("busy", plan).block();
        Thread.sleep(20);
        clock.advance(Duration.ofMinutes(2));
        store.consume("other", plan).block();
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void plansRejectNonPositiveBudgets() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitProperties.Plan(0, 5));
    }
}
