package io.trendscout.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes local starts faster: each service runs from its extracted jar (plain jars on the class
 * path) with a JVM class cache in {@code .trendscout/cache}. On JDK 25+ that is an AOT cache
 * (classes loaded and linked ahead of time), on JDK 21-24 a dynamic CDS archive. The cache is made
 * by a training run (the service starts once against the local infrastructure and exits right after
 * its context refresh) the first time a jar is seen; a rebuilt jar is extracted and trained again.
 */
final class StartupCache {

    private final Path cacheRoot;
    private final Path javaHome;
    private final int javaMajor;

    StartupCache(Path cacheRoot, Path javaHome) {
        this.cacheRoot = cacheRoot;
        this.javaHome = javaHome;
        this.javaMajor = javaMajor(javaHome);
    }

    /**
     * What to run for a service.
     *
     * @param trainingOptions JVM options of a training run that starts the service once, exits right
     *                        after its context is refreshed and writes the cache; empty when the cache is valid
     */
    record Prepared(Path jar, List<String> jvmOptions, List<String> trainingOptions) {

        boolean needsTraining() {
            return !trainingOptions.isEmpty();
        }
    }

    Prepared prepare(ServiceSpec spec, Path fatJar) throws IOException {
        Path dir = cacheRoot.resolve(spec.module());
        Path marker = dir.resolve("extracted-from");
        String source = fatJar.toAbsolutePath() + "@" + Files.getLastModifiedTime(fatJar).toMillis();
        if (!Files.exists(marker) || !Files.readString(marker).equals(source)) {
            extract(fatJar, dir);
            Files.writeString(marker, source);
        }
        Path jar = dir.resolve("app").resolve(fatJar.getFileName());
        Path cache = dir.resolve(javaMajor >= 25 ? "app.aot" : "app.jsa");
        boolean valid = Files.exists(cache) && Files.size(cache) > 0;
        List<String> run = new ArrayList<>();
        List<String> training = new ArrayList<>();
        if (javaMajor >= 25) {
            run.add("-XX:AOTCache=" + cache);
            training.add("-XX:AOTCacheOutput=" + cache);
        } else {
            run.add("-XX:SharedArchiveFile=" + cache);
            training.add("-XX:ArchiveClassesAtExit=" + cache);
        }
        run.add("-Xlog:aot=off");
        run.add("-Xlog:cds=off");
        training.add("-Dspring.context.exit=onRefresh");
        return new Prepared(jar, valid ? run : List.of(), valid ? List.of() : training);
    }

    private void extract(Path fatJar, Path dir) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        Process process = new ProcessBuilder(javaHome.resolve("bin/java").toString(), "-Djarmode=tools", "-jar",
                fatJar.toString(), "extract", "--destination", dir.resolve("app").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("extract.log").toFile())
                .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("Could not extract " + fatJar + " (see " + dir.resolve("extract.log") + ")");
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while extracting " + fatJar, ex);
        }
    }

    static int javaMajor(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring(line.indexOf('"') + 1, line.lastIndexOf('"'));
                    return Integer.parseInt(version.split("[.\\-+]")[0]);
                }
            }
        } catch (IOException | RuntimeException ex) {
            return Runtime.version().feature();
        }
        return Runtime.version().feature();
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
