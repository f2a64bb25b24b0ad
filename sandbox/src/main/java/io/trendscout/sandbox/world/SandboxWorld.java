package io.trendscout.sandbox.world;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one deterministic simulated market every sandbox fake serves: the TikTok fake its videos,
 * creators, hashtags and sounds, the market-data fake its products. Same seed and anchor, same
 * world. {@link #shared()} is the world of this JVM (the launcher's fakes share it).
 */
public final class SandboxWorld {

    public static final long DEFAULT_SEED = 2026;
    private static volatile SandboxWorld shared;

    private final long seed;
    private final WorldClock clock;
    private final GroundTruth truth = new GroundTruth();
    private final TiktokWorld tiktok;

    public SandboxWorld(long seed, WorldClock clock) {
        this.seed = seed;
        this.clock = clock;
        this.tiktok = new TiktokWorld(seed, clock, truth);
    }

    /** The JVM's world: seed {@value #DEFAULT_SEED}, anchored at the hour it is first asked for, real time. */
    public static SandboxWorld shared() {
        SandboxWorld world = shared;
        if (world == null) {
            synchronized (SandboxWorld.class) {
                if (shared == null) {
                    shared = new SandboxWorld(DEFAULT_SEED, WorldClock.real(Instant.now().truncatedTo(ChronoUnit.HOURS)));
                }
                world = shared;
            }
        }
        return world;
    }

    public long seed() {
        return seed;
    }

    public WorldClock clock() {
        return clock;
    }

    public GroundTruth truth() {
        return truth;
    }

    /** Hashtags, sounds, creators and their videos (the TikTok fake's Display and Research API data). */
    public TiktokWorld tiktok() {
        return tiktok;
    }
}
