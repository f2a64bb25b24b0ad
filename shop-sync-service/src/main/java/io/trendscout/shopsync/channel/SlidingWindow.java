package io.trendscout.shopsync.channel;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * At most {@code limit} calls within any {@code window}: the way a channel counts "n requests per
 * sliding second". How long a call counts depends on what the client can know:
 * <ul>
 * <li>{@link Counting#FROM_START}: from its start for one window. Right for a limit with room for
 * jitter (a token bucket with a burst), where a request that arrives a little late does no harm.</li>
 * <li>{@link Counting#UNTIL_ANSWERED}: from its start until one window after its answer. The
 * channel counts a request when it arrives, which is somewhere between sending and answer, so a
 * call started a window after the answer can never be the one too many, however late the earlier
 * requests arrived on a loaded network or server; no guessed margin is needed.</li>
 * </ul>
 * Callers get their turns in the order they asked. When the channel refuses a call anyway,
 * {@link #widen()} makes the window longer, so it is not told twice.
 */
final class SlidingWindow {

    enum Counting { FROM_START, UNTIL_ANSWERED }

    /** A call's place in the window; {@link #answered()} must follow once the channel has answered (or failed). */
    final class Turn {

        /** Until when it counts (System.nanoTime); meaningless while {@code unanswered}. */
        private long countedUntil;
        private boolean unanswered;

        private Turn(long start) {
            countedUntil = start + windowNanos;
            unanswered = counting == Counting.UNTIL_ANSWERED;
        }

        void answered() {
            if (counting == Counting.UNTIL_ANSWERED) {
                lock.lock();
                try {
                    countedUntil = System.nanoTime() + windowNanos;
                    unanswered = false;
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }

        private boolean countsAt(long now) {
            return unanswered || countedUntil - now > 0;
        }
    }

    private final int limit;
    private final Counting counting;
    private final long maxWindowNanos;
    private long windowNanos;
    /** Turns the channel may still count; at most {@code limit}. */
    private final List<Turn> counted = new ArrayList<>();
    /** Callers waiting for a turn, first come first served. */
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    /** A lock rather than a monitor: its waits are precise to the nanosecond, Object.wait rounds up to the millisecond. */
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    SlidingWindow(int limit, Duration window, Counting counting) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.counting = counting;
        this.windowNanos = window.toNanos();
        this.maxWindowNanos = windowNanos * 3 / 2;
    }

    /** The channel refused a call this window let through: 5 % longer from now on, up to half as long again. */
    void widen() {
        lock.lock();
        try {
            windowNanos = Math.min(maxWindowNanos, windowNanos + windowNanos / 20);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for this call's turn; null (nothing taken) when it does not come within {@code maxWait},
     * or at once when it is known to come later than that.
     */
    Turn awaitTurn(Duration maxWait) throws InterruptedException {
        Object caller = new Object();
        long deadline = System.nanoTime() + maxWait.toNanos();
        lock.lockInterruptibly();
        waiting.addLast(caller);
        try {
            long awaited = 0;
            boolean awaiting = false;
            while (true) {
                long now = System.nanoTime();
                counted.removeIf(turn -> !turn.countsAt(now));
                boolean next = waiting.peekFirst() == caller;
                if (next && counted.size() < limit) {
                    // Counted from the start: from the moment the place fell free, so that the
                    // wake-up delays of evenly spaced calls do not add up (500 calls, ~0.5 s).
                    Turn turn = new Turn(awaiting && counting == Counting.FROM_START ? awaited : now);
                    counted.add(turn);
                    return turn;
                }
                Turn first = next ? firstToStopCounting() : null;
                if (first != null && first.countedUntil - deadline > 0 || deadline - now <= 0) {
                    return null;
                }
                awaiting = first != null;
                awaited = awaiting ? first.countedUntil : 0;
                long until = awaiting ? first.countedUntil : deadline;
                changed.awaitNanos(until - now);
            }
        } finally {
            waiting.remove(caller);
            changed.signalAll();
            lock.unlock();
        }
    }

    /** The answered turn that stops counting first; null while all are unanswered (an answer will wake the waiter). */
    private Turn firstToStopCounting() {
        Turn first = null;
        for (Turn turn : counted) {
            if (!turn.unanswered && (first == null || turn.countedUntil - first.countedUntil < 0)) {
                first = turn;
            }
        }
        return first;
    }
}
