package io.trendscout.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.trendscout.sandbox.SandboxFake;
import io.trendscout.platform.infra.FreePorts;
import io.trendscout.platform.infra.LocalKafka;
import io.trendscout.platform.infra.LocalPostgres;
import io.trendscout.platform.infra.LocalSmtp;

/**
 * The whole platform on one machine: embedded PostgreSQL, Kafka and SMTP, the sandbox fakes, and
 * every service plus the gateway as separate JVMs. Used by {@code ./trendscout up} and by the
 * system tests, so both start the platform the same way.
 */
public final class LocalPlatform implements AutoCloseable {

    /** Layout of the local data folder; a folder of another layout is refused, not guessed at. */
    static final String DATA_LAYOUT_VERSION = "1";

    private final Options options;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final List<ServiceProcess> trainings = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closing;
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private LocalSmtp smtp;
    private long startedAtMillis;
    private long readyAtMillis;

    /**
     * @param root      the repository root (where each module's target/ holds its jar)
     * @param dataDir   where PostgreSQL keeps its data and logs go; wiped first when {@code fresh}
     * @param ports     every port to bind
     * @param javaHome  JDK used to run the services
     * @param extraEnv  environment added to every service (e.g. test switches)
     * @param startupCache run services from extracted jars with a JVM class cache (faster repeated starts)
     * @param jvmProfile   JVM flags of the services: quick start (local use, tests) or steady throughput (benchmarks)
     */
    public record Options(Path root, Path dataDir, boolean fresh, PlatformPorts ports, Path javaHome,
            Map<String, String> extraEnv, Consumer<String> progress, boolean startupCache, JvmProfile jvmProfile) {

        public Options(Path root, Path dataDir, boolean fresh, PlatformPorts ports, Path javaHome,
                Map<String, String> extraEnv, Consumer<String> progress, boolean startupCache) {
            this(root, dataDir, fresh, ports, javaHome, extraEnv, progress, startupCache, JvmProfile.QUICK_START);
        }
    }

    public LocalPlatform(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    public Map<String, ServiceProcess> services() {
        return services;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalSmtp smtp() {
        return smtp;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public String gatewayUrl() {
        return "http://localhost:" + options.ports().service(ServiceSpec.GATEWAY.name());
    }

    public long startToReadyMillis() {
        return readyAtMillis - startedAtMillis;
    }

    /** Starts everything and waits until every service is ready; on failure stops what it started. */
    public void start(Duration timeout) {
        startedAtMillis = System.currentTimeMillis();
        try {
            checkJars();
            checkPorts();
            prepareDataDir();
            startInfrastructure();
            startServices();
            awaitReady(timeout);
            readyAtMillis = System.currentTimeMillis();
        } catch (RuntimeException | IOException ex) {
            close();
            throw ex instanceof StartFailed failed ? failed : new StartFailed(ex.getMessage(), ex);
        }
    }

    private void checkJars() {
        for (ServiceSpec spec : allSpecs()) {
            jarOf(spec);
        }
    }

    private void checkPorts() {
        for (Map.Entry<Integer, String> entry : options.ports().all().entrySet()) {
            if (!FreePorts.isFree(entry.getKey())) {
                throw new StartFailed("Port " + entry.getKey() + " (for " + entry.getValue()
                        + ") is already in use: stop whatever holds it (is the platform already running?) and try again.");
            }
        }
    }

    private void prepareDataDir() throws IOException {
        Path data = options.dataDir();
        if (options.fresh() && Files.exists(data)) {
            deleteTree(data);
        }
        Files.createDirectories(data.resolve("logs"));
        Path layout = data.resolve("LAYOUT_VERSION");
        if (Files.exists(layout)) {
            String found = Files.readString(layout).trim();
            if (!found.equals(DATA_LAYOUT_VERSION)) {
                throw new StartFailed("The data folder " + data + " is from another version (layout " + found
                        + ", expected " + DATA_LAYOUT_VERSION + "): start with --fresh to wipe it.");
            }
        } else {
            Files.writeString(layout, DATA_LAYOUT_VERSION);
        }
    }

    private void startInfrastructure() {
        progress("Starting PostgreSQL " + LocalPostgres.MAJOR_VERSION + " on port " + options.ports().postgres());
        postgres = LocalPostgres.start(options.ports().postgres(), options.dataDir().resolve("postgres"));
        started.add(postgres);
        postgres.createDatabase("trendscout");
        progress("Starting Kafka (KRaft) on port " + options.ports().kafka());
        kafka = LocalKafka.start(options.ports().kafka());
        started.add(kafka);
        progress("Starting SMTP on port " + options.ports().smtp() + ", mail reader on " + options.ports().mailReader());
        smtp = LocalSmtp.start(options.ports().smtp());
        started.add(smtp);
        smtp.startReader(options.ports().mailReader());
        for (SandboxFake fake : SandboxFakes.create(options.ports())) {
            fake.start();
            started.add(fake);
        }
        progress("Sandbox fakes: " + SandboxFakes.NAMES);
    }

    private void startServices() throws IOException {
        Map<String, String> env = serviceEnvironment();
        StartupCache cache = new StartupCache(options.root().resolve(".trendscout/cache"), options.javaHome());
        Map<ServiceSpec, StartupCache.Prepared> prepared = new LinkedHashMap<>();
        for (ServiceSpec spec : allSpecs()) {
            prepared.put(spec, options.startupCache() ? cache.prepare(spec, jarOf(spec))
                    : new StartupCache.Prepared(jarOf(spec), List.of(), List.of()));
        }
        train(prepared, env);
        for (ServiceSpec spec : allSpecs()) {
            StartupCache.Prepared run = prepared.get(spec);
            List<String> jvmOptions = new ArrayList<>(options.jvmProfile().flags());
            jvmOptions.addAll(run.jvmOptions());
            ServiceProcess process = new ServiceProcess(spec, options.ports().service(spec.name()), run.jar(),
                    options.dataDir().resolve("logs").resolve(spec.name() + ".log"), env, jvmOptions, Duration.ofSeconds(20));
            process.start(options.javaHome());
            services.put(spec.name(), process);
        }
        progress("Started " + services.size() + " service processes; waiting for readiness");
    }

    /** Training runs for services without a valid class cache, two at a time (one per core). */
    private void train(Map<ServiceSpec, StartupCache.Prepared> prepared, Map<String, String> env) throws IOException {
        List<ServiceSpec> pending = prepared.entrySet().stream().filter(e -> e.getValue().needsTraining())
                .map(Map.Entry::getKey).toList();
        if (pending.isEmpty()) {
            return;
        }
        progress("Building the JVM class cache of " + pending.size() + " services (first start after a build only)");
        Map<String, String> trainingEnv = new HashMap<>(env);
        trainingEnv.put("SPRING_KAFKA_LISTENER_AUTO_STARTUP", "false");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
            for (ServiceSpec spec : pending) {
                runs.add(pool.submit(() -> {
                    if (closing) {
                        return null;
                    }
                    StartupCache.Prepared run = prepared.get(spec);
                    List<String> jvmOptions = new ArrayList<>(options.jvmProfile().flags());
                    jvmOptions.addAll(run.trainingOptions());
                    ServiceProcess training = new ServiceProcess(spec, 0, run.jar(),
                            options.dataDir().resolve("logs").resolve(spec.name() + "-training.log"), trainingEnv,
                            jvmOptions, Duration.ofSeconds(180));
                    trainings.add(training);
                    training.start(options.javaHome());
                    training.awaitExit(Duration.ofSeconds(600));
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) {
                run.get();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new StartFailed("Interrupted while building the class cache", ex);
        } catch (java.util.concurrent.ExecutionException ex) {
            progress("class cache training failed (" + ex.getCause().getMessage() + "); starting without it");
        } finally {
            pool.shutdownNow();
        }
        for (ServiceSpec spec : pending) {
            prepared.put(spec, cacheOrPlain(spec, prepared.get(spec)));
        }
    }

    private StartupCache.Prepared cacheOrPlain(ServiceSpec spec, StartupCache.Prepared before) throws IOException {
        StartupCache.Prepared after = new StartupCache(options.root().resolve(".trendscout/cache"), options.javaHome())
                .prepare(spec, jarOf(spec));
        return after.needsTraining() ? new StartupCache.Prepared(before.jar(), List.of(), List.of()) : after;
    }

    private Map<String, String> serviceEnvironment() throws IOException {
        PlatformPorts ports = options.ports();
        Map<String, String> env = new HashMap<>();
        env.put("TRENDSCOUT_DB_HOST", "localhost");
        env.put("TRENDSCOUT_DB_PORT", String.valueOf(ports.postgres()));
        env.put("TRENDSCOUT_DB_NAME", "trendscout");
        env.put("TRENDSCOUT_DB_USER", postgres.username());
        env.put("TRENDSCOUT_DB_PASSWORD", postgres.password());
        env.put("TRENDSCOUT_KAFKA", kafka.bootstrapServers());
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", String.valueOf(smtp.port()));
        env.put("TRENDSCOUT_JWKS_URI", "http://127.0.0.1:" + ports.service("security") + "/.well-known/jwks.json");
        env.put("TRENDSCOUT_CRYPTO_KEY", localSecret("crypto.key"));
        env.put("TRENDSCOUT_PROFILE", "local");
        env.put("SPRING_PROFILES_ACTIVE", "local");
        for (ServiceSpec spec : ServiceSpec.SERVICES) {
            env.put("TRENDSCOUT_" + spec.gatewayKey() + "_URL", "http://127.0.0.1:" + ports.service(spec.name()));
        }
        ports.fakes().forEach((name, port) -> env.put("TRENDSCOUT_FAKE_" + name.toUpperCase() + "_URL", "http://127.0.0.1:" + port));
        env.put("TRENDSCOUT_GATEWAY_URL", gatewayUrl());
        env.putAll(options.extraEnv());
        return env;
    }

    /** A random key made once per data folder: local secrets are never in the repository. */
    private String localSecret(String name) throws IOException {
        Path file = options.dataDir().resolve(name);
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
        }
        return Files.readString(file).trim();
    }


    private void awaitReady(Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        int lastReported = -1;
        long lastReportAt = 0;
        while (true) {
            int ready = 0;
            for (ServiceProcess process : services.values()) {
                if (!process.isAlive()) {
                    throw new StartFailed(process.spec().name() + " did not start. Last lines of "
                            + process.logFile() + ":\n  " + String.join("\n  ", process.lastLogLines(15)));
                }
                if (process.readyAtMillis() > 0 || process.checkReady()) {
                    ready++;
                }
            }
            long now = System.currentTimeMillis();
            if (ready != lastReported || now - lastReportAt > 10_000) {
                progress("ready " + ready + "/" + services.size() + " after " + (now - startedAtMillis) / 1000 + " s");
                lastReported = ready;
                lastReportAt = now;
            }
            if (ready == services.size()) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                List<String> waiting = services.values().stream().filter(p -> p.readyAtMillis() == 0)
                        .map(p -> p.spec().name()).toList();
                throw new StartFailed("Not ready after " + timeout.toSeconds() + " s: " + waiting + " (logs in "
                        + options.dataDir().resolve("logs") + ")");
            }
            sleep(1000);
        }
    }

    /** Stops one service (e.g. to see the gateway fail fast) and waits until it has exited. */
    public void stopService(String name) {
        services.get(name).stop();
    }

    /** Starts a stopped service again and waits for its readiness. */
    public void restartService(String name, Duration timeout) {
        ServiceProcess process = services.get(name);
        try {
            process.start(options.javaHome());
        } catch (IOException ex) {
            throw new StartFailed("Could not restart " + name, ex);
        }
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (!process.checkReady()) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new StartFailed(name + " did not come back: " + String.join("\n", process.lastLogLines(10)));
            }
            sleep(500);
        }
    }

    private Path jarOf(ServiceSpec spec) {
        Path target = options.root().resolve(spec.module()).resolve("target");
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "*-exec.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            } catch (IOException ex) {
                throw new StartFailed("Cannot read " + target, ex);
            }
        }
        throw new StartFailed("No runnable jar for " + spec.module() + " in " + target + ": build first (./trendscout build).");
    }

    private static List<ServiceSpec> allSpecs() {
        List<ServiceSpec> specs = new ArrayList<>(ServiceSpec.SERVICES);
        specs.add(ServiceSpec.GATEWAY);
        return specs;
    }

    private void progress(String message) {
        if (options.progress() != null) {
            options.progress().accept(message);
        }
    }

    @Override
    public void close() {
        closing = true;
        trainings.forEach(ServiceProcess::requestStop);
        trainings.forEach(ServiceProcess::awaitStop);
        services.values().forEach(ServiceProcess::requestStop);
        services.values().forEach(ServiceProcess::awaitStop);
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception ex) {
                progress("could not stop " + started.get(i) + ": " + ex.getMessage());
            }
        }
        started.clear();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new StartFailed("Interrupted while starting", ex);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The platform could not be started; the message is one sentence a user can act on. */
    public static final class StartFailed extends RuntimeException {
        public StartFailed(String message) {
            super(message);
        }

        public StartFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
