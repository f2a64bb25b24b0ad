package io.trendscout.shopsync.channel;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code limit} calls start within any {@code window}: the way a channel counts "n
 * requests per sliding second". A call may start at once while fewer than {@code limit} started
 * in the last window, otherwise exactly when the oldest of them leaves it. Start times are
 * reserved in order, so concurrent callers never overshoot; the window the client uses should
 * be a little longer than the channel's, because requests arrive with jitter. When the channel
 * refuses a call anyway, {@link #widen()} makes the window longer, so it is not told twice.
 */
final class SlidingWindow {

    private final int limit;
    private final long maxWindowNanos;
    private long windowNanos;
    /** Start times (possibly still ahead) of the last {@code limit} calls, oldest first. */
    private final ArrayDeque<Long> starts = new ArrayDeque<>();

    SlidingWindow(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.maxWindowNanos = windowNanos * 3 / 2;
    }

    /** The channel refused a call this window let through: 5 % longer from now on, up to half as long again. */
    synchronized void widen() {
        windowNanos = Math.min(maxWindowNanos, windowNanos + windowNanos / 20);
    }

    /** Waits for this call's turn; false (nothing reserved) when that turn is further away than {@code maxWait}. */
    boolean awaitTurn(Duration maxWait) throws InterruptedException {
        long start;
        synchronized (this) {
            long now = System.nanoTime();
            start = starts.size() < limit ? now : Math.max(now, starts.peekFirst() + windowNanos);
            if (start - now > maxWait.toNanos()) {
                return false;
            }
            if (starts.size() == limit) {
                starts.pollFirst();
            }
            starts.addLast(start);
        }
        TimeUnit.NANOSECONDS.sleep(start - System.nanoTime());
        return true;
    }
}
