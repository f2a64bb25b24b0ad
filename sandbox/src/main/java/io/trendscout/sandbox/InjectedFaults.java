package io.trendscout.sandbox;

import java.util.concurrent.atomic.AtomicInteger;

/** Failures and delays a test asked a fake for: each strikes the next so many calls. */
public final class InjectedFaults {

    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger delays = new AtomicInteger();
    private volatile int failStatus = 500;
    private volatile long delayMillis;

    void failNext(int count, int status) {
        failStatus = status;
        failures.set(count);
    }

    void delayNext(int count, long millis) {
        delayMillis = millis;
        delays.set(count);
    }

    /** Waits before answering if this call was asked to be late. */
    public void delayIfAsked() {
        if (take(delays)) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The status this call must fail with, or 0 if it is not asked to fail. */
    public int failureStatus() {
        return take(failures) ? failStatus : 0;
    }

    public void clear() {
        failures.set(0);
        delays.set(0);
    }

    private static boolean take(AtomicInteger remaining) {
        return remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }
}
