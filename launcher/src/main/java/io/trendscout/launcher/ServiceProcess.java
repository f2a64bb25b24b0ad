package io.trendscout.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as its own JVM, logging to its own file. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ServiceSpec spec;
    private final int port;
    private final Path jar;
    private final Path logFile;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Duration stopGrace;
    private Process process;
    private long readyAtMillis;

    ServiceProcess(ServiceSpec spec, int port, Path jar, Path logFile, Map<String, String> environment,
            List<String> jvmOptions, Duration stopGrace) {
        this.spec = spec;
        this.port = port;
        this.jar = jar;
        this.logFile = logFile;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
        this.stopGrace = stopGrace;
    }

    public ServiceSpec spec() {
        return spec;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public long readyAtMillis() {
        return readyAtMillis;
    }

    void start(Path javaHome) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(processEnvironment());
        readyAtMillis = 0;
        process = builder.start();
    }

    /**
     * The environment of the JVM: the shared one plus its port. Services listen on loopback only
     * (their X-Forwarded-For is trusted from loopback, where the gateway calls from); the gateway,
     * the one entry point, listens on every interface.
     */
    Map<String, String> processEnvironment() {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("SERVER_PORT", String.valueOf(port));
        if (!spec.equals(ServiceSpec.GATEWAY)) {
            env.put("SERVER_ADDRESS", "127.0.0.1");
        }
        return env;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** CPU time the running process has used so far (zero when unknown or not running). */
    public java.time.Duration cpuTime() {
        return process == null ? java.time.Duration.ZERO
                : process.toHandle().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    /** True once the readiness probe answers UP. */
    boolean checkReady() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("UP")) {
                if (readyAtMillis == 0) {
                    readyAtMillis = System.currentTimeMillis();
                }
                return true;
            }
        } catch (IOException ex) {
            return false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    public String health() {
        if (!isAlive()) {
            return "DOWN (exited)";
        }
        return checkReady() ? "UP" : "STARTING";
    }

    /** Asks for a graceful shutdown (SIGTERM) without waiting. */
    public void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for the exit the stop request started, then kills the process (and its children) if it is still there. */
    public void awaitStop() {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            // the JVM may hand the class-cache assembly to a child process: let it finish too
            for (ProcessHandle child : process.descendants().toList()) {
                child.onExit().get(stopGrace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Waits for a process that ends by itself (a training run); kills it after the timeout. */
    void awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    public void stop() {
        requestStop();
        awaitStop();
    }

    public List<String> lastLogLines(int count) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException ex) {
            return List.of("(no log: " + ex.getMessage() + ")");
        }
    }
}
