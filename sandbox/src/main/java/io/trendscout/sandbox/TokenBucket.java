package io.trendscout.sandbox;

/** A bucket of points that refills at a steady rate (Shopify's calculated query cost). */
public final class TokenBucket {

    private final double capacity;
    private final double restorePerSecond;
    private double available;
    private long last = System.nanoTime();

    public TokenBucket(double capacity, double restorePerSecond) {
        this.capacity = capacity;
        this.restorePerSecond = restorePerSecond;
        this.available = capacity;
    }

    public synchronized double available() {
        refill();
        return available;
    }

    /** Takes {@code points} if that many are available; returns whether it did. */
    public synchronized boolean tryTake(double points) {
        refill();
        if (available < points) {
            return false;
        }
        available -= points;
        return true;
    }

    public synchronized void refund(double points) {
        available = Math.min(capacity, available + points);
    }

    public double capacity() {
        return capacity;
    }

    public double restorePerSecond() {
        return restorePerSecond;
    }

    private void refill() {
        long now = System.nanoTime();
        available = Math.min(capacity, available + (now - last) / 1e9 * restorePerSecond);
        last = now;
    }
}
