package io.trendscout.sandbox.tiktok;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** TikTok's limit: at most N requests per endpoint in any 60-second sliding window. */
final class SlidingWindow {

    private static final long WINDOW_NANOS = 60_000_000_000L;

    private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();

    boolean tryAcquire(String endpoint, int limit) {
        if (limit <= 0) {
            return true;
        }
        Deque<Long> times = calls.computeIfAbsent(endpoint, key -> new ArrayDeque<>());
        synchronized (times) {
            long now = System.nanoTime();
            while (!times.isEmpty() && now - times.peekFirst() >= WINDOW_NANOS) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
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
