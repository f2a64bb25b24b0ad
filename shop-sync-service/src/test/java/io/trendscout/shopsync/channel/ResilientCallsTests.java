package io.trendscout.shopsync.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ResilientCallsTests {

    private static final long INTERVAL_MILLIS = 200; // 5 calls per second

    private final ResilientCalls calls = new ResilientCalls(new ChannelProperties.Http(Duration.ofSeconds(1),
            Duration.ofSeconds(1), 1, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(10), 50, 20, 10,
            Duration.ofSeconds(10)), new SimpleMeterRegistry());

    @Test
    void aCallAfterAPauseDoesNotLetTheNextOneThroughBackToBack() throws InterruptedException {
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        call(starts);
        Thread.sleep(INTERVAL_MILLIS * 19 / 10); // late in a period: a per-period limiter lets two calls through at its end
        call(starts);
        call(starts);
        assertThat(gapsMillis(starts).getLast()).isGreaterThanOrEqualTo(INTERVAL_MILLIS - 5);
    }

    @Test
    void callsFromManyThreadsAreSpacedByTheRate() throws InterruptedException {
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(8);
        for (int i = 0; i < 8; i++) {
            Thread.ofVirtual().start(() -> {
                call(starts);
                done.countDown();
            });
        }
        done.await();
        assertThat(starts).hasSize(8);
        assertThat(gapsMillis(starts)).allMatch(gap -> gap >= INTERVAL_MILLIS - 5);
    }

    private void call(List<Long> starts) {
        calls.call("test", "shop", 1000.0 / INTERVAL_MILLIS, () -> starts.add(System.nanoTime()));
    }

    private static List<Long> gapsMillis(List<Long> starts) {
        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            gaps.add((sorted.get(i) - sorted.get(i - 1)) / 1_000_000);
        }
        return gaps;
    }
}
