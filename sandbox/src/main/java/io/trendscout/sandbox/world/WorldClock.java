package io.trendscout.sandbox.world;

import java.time.Duration;
import java.time.Instant;

/**
 * Time in the simulated market. By default it is real time ({@code speed} 1). For demos it can run
 * faster from {@code anchor}: world time = anchor + (real time - anchor) x speed. History always
 * reaches {@link #HISTORY} back from the anchor. Speed 0 stops the world at its anchor (tests that
 * compare the fakes' answers with values computed from the world).
 */
public record WorldClock(Instant anchor, double speed) {

    public static final Duration HISTORY = Duration.ofDays(90);

    public WorldClock {
        if (speed != 0 && (speed < 1 || speed > 10_000)) {
            throw new IllegalArgumentException("World speed must be 0 (stopped) or between 1 and 10000");
        }
    }

    public static WorldClock real(Instant anchor) {
        return new WorldClock(anchor, 1);
    }

    /** A world that stays at {@code anchor}. */
    public static WorldClock stopped(Instant anchor) {
        return new WorldClock(anchor, 0);
    }

    public Instant now() {
        if (speed == 0) {
            return anchor;
        }
        Instant real = Instant.now();
        if (speed == 1) {
            return real;
        }
        long elapsed = Duration.between(anchor, real).toMillis();
        return anchor.plusMillis((long) (elapsed * speed));
    }

    /** The first instant of the simulated history. */
    public Instant origin() {
        return anchor.minus(HISTORY);
    }
}
