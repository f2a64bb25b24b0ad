package io.trendscout.launcher;

import java.io.PrintStream;

/** The table {@code up} prints once everything is ready. */
final class StatusTable {

    private StatusTable() {
    }

    static void print(LocalPlatform platform, PrintStream out) {
        PlatformPorts ports = platform.options().ports();
        out.println();
        out.printf("  %-16s %-6s %-8s %s%n", "SERVICE", "PORT", "HEALTH", "LOG");
        platform.services().values().forEach(process -> out.printf("  %-16s %-6d %-8s %s%n",
                process.spec().name(), process.port(), process.health(), process.logFile()));
        out.printf("  %-16s %-6d%n", "postgresql", ports.postgres());
        out.printf("  %-16s %-6d%n", "kafka", ports.kafka());
        out.printf("  %-16s %-6d%n", "smtp", ports.smtp());
        ports.fakes().forEach((name, port) -> out.printf("  %-16s %-6d%n", "fake " + name, port));
        out.println();
        out.println("  Gateway:     " + platform.gatewayUrl());
        out.println("  Swagger UI:  " + platform.gatewayUrl() + "/swagger-ui.html");
        out.println("  Mail reader: http://localhost:" + ports.mailReader() + "/mails");
        String admins = platform.options().extraEnv().get(LocalAdmin.VARIABLE);
        if (admins != null) {
            LocalAdmin.howToSignIn(admins, platform.gatewayUrl(), "http://localhost:" + ports.mailReader() + "/mails")
                    .forEach(line -> out.println("  " + line));
        }
        out.printf("  Start to ready: %.1f s%n", platform.startToReadyMillis() / 1000.0);
        out.println("  Press Ctrl-C to stop everything.");
    }
}
