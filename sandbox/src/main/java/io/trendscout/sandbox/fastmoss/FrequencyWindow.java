package io.trendscout.sandbox.fastmoss;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most N calls per client in any one-second sliding window (FastMoss's per-second limit is not published: UNCONFIRMED). */
final class FrequencyWindow {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();

    boolean tryAcquire(String client, int perSecond) {
        if (perSecond <= 0) {
            return true;
        }
        Deque<Long> times = calls.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (times) {
            long now = System.nanoTime();
            while (!times.isEmpty() && now - times.peekFirst() >= WINDOW_NANOS) {
                times.pollFirst();
            }
            if (times.size() >= perSecond) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    void clear() {
        calls.clear();
    }
}
