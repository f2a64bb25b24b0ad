package io.trendscout.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `up` does when it cannot start: one clear sentence, nothing left running. */
class StartChecksTests {

    @TempDir
    Path root;

    @Test
    void aTakenPortIsNamedAndNothingIsStarted() throws IOException {
        fakeBuiltTree();
        PlatformPorts ports = PlatformPorts.free();
        try (ServerSocket squatter = new ServerSocket(ports.kafka(), 1, InetAddress.getLoopbackAddress())) {
            LocalPlatform platform = platform(ports);
            assertThatThrownBy(() -> platform.start(Duration.ofSeconds(5)))
                    .isInstanceOf(LocalPlatform.StartFailed.class)
                    .hasMessage("Port " + ports.kafka() + " (for Kafka) is already in use: stop whatever holds it "
                            + "(is the platform already running?) and try again.");
            assertThat(platform.services()).isEmpty();
            assertThat(io.trendscout.platform.infra.FreePorts.isFree(ports.postgres())).isTrue();
        }
    }

    @Test
    void aDataFolderFromAnotherVersionIsRefused() throws IOException {
        fakeBuiltTree();
        Path data = root.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("LAYOUT_VERSION"), "0");
        PlatformPorts ports = PlatformPorts.free();
        LocalPlatform platform = platform(ports);
        assertThatThrownBy(() -> platform.start(Duration.ofSeconds(5)))
                .isInstanceOf(LocalPlatform.StartFailed.class)
                .hasMessageContaining("is from another version")
                .hasMessageContaining("--fresh");
        assertThat(io.trendscout.platform.infra.FreePorts.isFree(ports.postgres())).isTrue();
    }

    @Test
    void aMissingBuildSaysHowToBuild() {
        LocalPlatform platform = platform(PlatformPorts.free());
        assertThatThrownBy(() -> platform.start(Duration.ofSeconds(5)))
                .isInstanceOf(LocalPlatform.StartFailed.class)
                .hasMessageContaining("./trendscout build");
    }

    @Test
    void theEntryScriptRefusesToRunWithoutAJdk21() throws Exception {
        Path script = Path.of(System.getProperty("user.dir")).resolve("../trendscout").normalize();
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), "help"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("JAVA_HOME");
        env.put("PATH", "/usr/bin:/bin");
        env.put("TRENDSCOUT_JVM_DIR", root.resolve("no-jdks-here").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(output.strip()).startsWith("trendscout: no JDK 21 or newer found");
        assertThat(output.strip().lines()).hasSize(1);
    }

    private LocalPlatform platform(PlatformPorts ports) {
        return new LocalPlatform(new LocalPlatform.Options(root, root.resolve("data"), false, ports,
                Path.of(System.getProperty("java.home")), Map.of(), message -> { }, false));
    }

    private void fakeBuiltTree() throws IOException {
        List<ServiceSpec> specs = new ArrayList<>(ServiceSpec.SERVICES);
        specs.add(ServiceSpec.GATEWAY);
        for (ServiceSpec spec : specs) {
            Path target = root.resolve(spec.module()).resolve("target");
            Files.createDirectories(target);
            Files.createFile(target.resolve(spec.module() + "-0.1.0-SNAPSHOT-exec.jar"));
        }
    }
}
