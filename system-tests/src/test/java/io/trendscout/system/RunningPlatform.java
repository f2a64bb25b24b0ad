package io.trendscout.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.trendscout.launcher.GatewayBudgets;
import io.trendscout.launcher.LocalPlatform;
import io.trendscout.launcher.PlatformPorts;

/**
 * The platform the system tests walk through: started once per test JVM exactly as
 * {@code ./trendscout up} starts it (same launcher, separate service JVMs), but on free ports and
 * a fresh data folder so it never collides with a developer's running platform.
 */
public final class RunningPlatform {

    /** The address security-service makes an administrator (TRENDSCOUT_ADMIN_EMAILS); register it to get an ADMIN token. */
    public static final String ADMIN_EMAIL = "admin@journey.test";

    private static LocalPlatform platform;

    private RunningPlatform() {
    }

    /** Every test calls from one address and the authorization walk sends hundreds of requests per account. */
    private static Map<String, String> environment() {
        Map<String, String> env = new java.util.HashMap<>(GatewayBudgets.UNLIMITED);
        env.put("TRENDSCOUT_SYSTEM_TEST", "true");
        env.put("TRENDSCOUT_ADMIN_EMAILS", ADMIN_EMAIL);
        return env;
    }

    public static synchronized LocalPlatform get() {
        if (platform == null) {
            Path root = Path.of(System.getProperty("trendscout.root", "..")).toAbsolutePath().normalize();
            Path data;
            try {
                data = Files.createTempDirectory("trendscout-system");
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            LocalPlatform started = new LocalPlatform(new LocalPlatform.Options(root, data, true, PlatformPorts.free(),
                    Path.of(System.getProperty("java.home")), environment(),
                    message -> System.out.println("[platform] " + message), false));
            started.start(Duration.ofSeconds(420));
            System.out.printf("[platform] start to ready: %.1f s%n", started.startToReadyMillis() / 1000.0);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "platform-stop"));
            platform = started;
        }
        return platform;
    }
}
