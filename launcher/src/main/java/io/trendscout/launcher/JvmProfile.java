package io.trendscout.launcher;

import java.util.List;

/** The JVM flags the launcher gives every service. */
public enum JvmProfile {

    /** Small heaps and C1 only: ten JVMs share two cores and start faster this way ({@code up}, system tests). */
    QUICK_START(List.of("-Xms64m", "-Xmx320m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
            "-XX:MaxMetaspaceSize=192m", "-Djava.security.egd=file:/dev/urandom")),

    /**
     * Full tiered compilation (C2) as in the container images: slower to start, the steady-state
     * speed a deployment has. Benchmarks use it so they measure the code, not the C1 compiler.
     */
    THROUGHPUT(List.of("-Xms256m", "-Xmx768m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=256m",
            "-Djava.security.egd=file:/dev/urandom"));

    private final List<String> flags;

    JvmProfile(List<String> flags) {
        this.flags = flags;
    }

    public List<String> flags() {
        return flags;
    }
}
