package io.trendscout.shopsync.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

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
        spaced(starts);
        Thread.sleep(INTERVAL_MILLIS * 19 / 10); // late in a period: a per-period limiter lets two calls through at its end
        spaced(starts);
        spaced(starts);
        List<Long> sorted = sorted(starts);
        assertThat(millis(sorted.get(2) - sorted.get(1))).isGreaterThanOrEqualTo(INTERVAL_MILLIS - 5);
    }

    @Test
    void callsFromManyThreadsAreSpacedByTheRate() throws InterruptedException {
        List<Long> starts = concurrently(8, this::spaced);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(millis(starts.get(i) - starts.get(i - 1))).isGreaterThanOrEqualTo(INTERVAL_MILLIS - 5);
        }
    }

    @Test
    void aSlidingWindowLetsABurstThroughButNeverMoreThanTheLimitInAnyWindow() throws InterruptedException {
        List<Long> starts = concurrently(12,
                into -> calls.callWithin("test", "windowed-shop", 3, Duration.ofMillis(300), () -> into.add(System.nanoTime()), added -> added));
        assertThat(millis(starts.get(2) - starts.get(0))).as("the first three at once").isLessThan(100);
        for (int i = 3; i < starts.size(); i++) {
            assertThat(millis(starts.get(i) - starts.get(i - 3))).as("call %d and the third before it", i)
                    .isGreaterThanOrEqualTo(295);
        }
    }

    @Test
    void aRefusedCallMakesTheWindowLonger() throws InterruptedException {
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        assertThatThrownBy(() -> calls.callWithin("test", "refusing-shop", 1, Duration.ofMillis(200), () -> 429, status -> {
            throw new ChannelFailure.Throttled("answered " + status, null);
        })).isInstanceOf(ChannelFailure.Throttled.class);
        Thread.sleep(250);
        calls.callWithin("test", "refusing-shop", 1, Duration.ofMillis(200), () -> starts.add(System.nanoTime()), added -> added);
        calls.callWithin("test", "refusing-shop", 1, Duration.ofMillis(200), () -> starts.add(System.nanoTime()), added -> added);
        assertThat(millis(starts.get(1) - starts.get(0))).as("200 ms + 5 %").isGreaterThanOrEqualTo(209);
    }

    @Test
    void aWindowedCallCountsUntilAWindowAfterItsAnswer() throws InterruptedException {
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        Thread slow = Thread.ofVirtual().start(() -> calls.callWithin("test", "slow-shop", 2, Duration.ofMillis(300), () -> {
            starts.add(System.nanoTime());
            sleep(600);
            return null;
        }, answer -> answer));
        while (starts.isEmpty()) { // the slow call must hold the window first
            Thread.sleep(5);
        }
        Thread.sleep(50);
        calls.callWithin("test", "slow-shop", 2, Duration.ofMillis(300), () -> {
            starts.add(System.nanoTime());
            sleep(200); // the channel may count it as late as its answer, ~250 ms in
            return null;
        }, answer -> answer);
        calls.callWithin("test", "slow-shop", 2, Duration.ofMillis(300), () -> starts.add(System.nanoTime()), added -> added);
        slow.join();
        List<Long> sorted = sorted(starts);
        assertThat(millis(sorted.get(1) - sorted.get(0))).as("the second fits the window at once").isLessThan(200);
        // counted from their starts the third could go at 300 ms; a window after the second's answer is ~550 ms,
        // a window after the slow one's ~900 ms
        assertThat(millis(sorted.get(2) - sorted.get(0))).as("the third waits a window after the first answer").isBetween(500L, 850L);
    }

    @Test
    void whileEveryCountedCallIsUnansweredTheNextWaitsForAnAnswer() throws InterruptedException {
        List<Long> answers = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch slowStarted = new CountDownLatch(1);
        Thread slow = Thread.ofVirtual().start(() -> calls.callWithin("test", "busy-shop", 1, Duration.ofMillis(100), () -> {
            slowStarted.countDown();
            sleep(500);
            answers.add(System.nanoTime());
            return null;
        }, answer -> answer));
        // the slow call must hold the window first (a fixed 50 ms sleep lost that race on a loaded machine)
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(50);
        long next = calls.callWithin("test", "busy-shop", 1, Duration.ofMillis(100), System::nanoTime, start -> start);
        slow.join();
        assertThat(millis(next - answers.getFirst())).as("a window after the slow call's answer, not after its start")
                .isGreaterThanOrEqualTo(95);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void spaced(List<Long> starts) {
        calls.call("test", "shop", 1000.0 / INTERVAL_MILLIS, () -> starts.add(System.nanoTime()));
    }

    /** Start times (sorted) of {@code count} calls made at once from as many threads. */
    private static List<Long> concurrently(int count, Consumer<List<Long>> call) throws InterruptedException {
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            Thread.ofVirtual().start(() -> {
                call.accept(starts);
                done.countDown();
            });
        }
        done.await();
        assertThat(starts).hasSize(count);
        return sorted(starts);
    }

    private static List<Long> sorted(List<Long> starts) {
        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        return sorted;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
