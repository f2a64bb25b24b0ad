package io.trendscout.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.trendscout.launcher.GatewayBudgets;
import io.trendscout.launcher.JvmProfile;
import io.trendscout.launcher.LocalPlatform;
import io.trendscout.launcher.PlatformPorts;

/**
 * {@code ./trendscout bench [gateway]}: starts the platform the way {@code up} does (free ports, a
 * throw-away data folder), but with the services' JVMs tuned for throughput as in a deployment
 * rather than for a quick start, and runs the benchmarks, each against its baseline in the same run.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        String only = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--root")) {
                root = Path.of(args[++i]);
            } else {
                only = args[i];
            }
        }
        root = root.toAbsolutePath().normalize();
        try (LocalPlatform platform = new LocalPlatform(new LocalPlatform.Options(root, Files.createTempDirectory("trendscout-bench"),
                true, PlatformPorts.free(), Path.of(System.getProperty("java.home")), GatewayBudgets.UNLIMITED,
                message -> System.out.println("  " + message), false, JvmProfile.THROUGHPUT))) {
            platform.start(Duration.ofSeconds(600));
            System.out.printf("platform ready in %.1f s%n%n", platform.startToReadyMillis() / 1000.0);
            if (only == null || only.equals("gateway")) {
                new GatewayOverheadBench(platform).run();
            }
        }
    }
}
