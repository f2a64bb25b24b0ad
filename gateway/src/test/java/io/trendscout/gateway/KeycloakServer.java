package io.trendscout.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak server distribution ({@code keycloak-quarkus-dist}, unpacked into target/ by
 * the build) started with {@code kc.sh start-dev} on a free port, in-memory database, on the
 * test JVM's own JDK; plus the few admin REST calls the tests need.
 */
final class KeycloakServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final int port;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newHttpClient();

    private KeycloakServer(Process process, int port, String adminPassword) {
        this.process = process;
        this.port = port;
        this.adminPassword = adminPassword;
    }

    static KeycloakServer start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.5.6")).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak distribution not found at " + home + " (unpacked by mvn pre-integration-test)");
        }
        int port = freePort();
        String adminPassword = UUID.randomUUID().toString();
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--db=dev-mem", "--http-management-port=" + freePort(), "--cache=local")
                .redirectErrorStream(true)
                .redirectOutput(home.getParent().resolve("keycloak-" + port + ".log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        try {
            KeycloakServer server = new KeycloakServer(builder.start(), port, adminPassword);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.awaitReady(Duration.ofSeconds(420));
            return server;
        } catch (IOException ex) {
            throw new IllegalStateException("Could not start Keycloak", ex);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    private void awaitReady(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/realms/master"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException ignored) {
                // not listening yet
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not start within " + limit);
    }

    /** A token for this user by the password grant ("direct access") of a public client. */
    String passwordGrant(String realm, String clientId, String username, String password) {
        JsonNode token = form(issuer(realm) + "/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", clientId, "username", username, "password", password, "scope", "openid"));
        return token.get("access_token").asString();
    }

    String adminToken() {
        return passwordGrant("master", "admin-cli", "admin", adminPassword);
    }

    /** POSTs JSON to the admin API; returns the Location header (the created resource), if any. */
    String adminPost(String path, Object body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url() + "/admin" + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.headers().firstValue("Location").orElse(null);
    }

    JsonNode adminGet(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url() + "/admin" + path))
                .header("Authorization", "Bearer " + adminToken()).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private JsonNode form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request -> " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
