package io.trendscout.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code ./trendscout up}: starts the platform, prints where everything is, stops it all on Ctrl-C. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(".");
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--fresh" -> fresh = true;
                default -> {
                    System.err.println("trendscout up: unknown option " + args[i] + " (known: --fresh)");
                    System.exit(2);
                }
            }
        }
        root = root.toAbsolutePath().normalize();
        LocalPlatform platform = new LocalPlatform(new LocalPlatform.Options(root, root.resolve(".trendscout/data"), fresh,
                PlatformPorts.defaults(), Path.of(System.getProperty("java.home")),
                Map.of(LocalAdmin.VARIABLE, LocalAdmin.emails(System.getenv())),
                message -> System.out.println("  " + message), true));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the platform...");
            platform.close();
            System.out.println("Stopped: no process left running.");
            stopped.countDown();
        }, "trendscout-stop"));
        try {
            platform.start(Duration.ofSeconds(240));
        } catch (LocalPlatform.StartFailed ex) {
            System.err.println("trendscout up: " + ex.getMessage());
            System.exit(1);
        }
        StatusTable.print(platform, System.out);
        stopped.await();
    }
}
