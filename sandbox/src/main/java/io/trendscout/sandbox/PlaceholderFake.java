package io.trendscout.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Holds the port of a fake whose API is not implemented yet: answers {@code /__health} and a 501
 * problem for everything else, so nothing mistakes it for the real contract.
 */
public final class PlaceholderFake implements SandboxFake {

    private final String name;
    private final int port;
    private HttpServer server;

    public PlaceholderFake(String name, int port) {
        this.name = name;
        this.port = port;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException ex) {
            throw new IllegalStateException("Port " + port + " for the " + name + " fake is taken", ex);
        }
        server.createContext("/", exchange -> {
            boolean health = exchange.getRequestURI().getPath().equals("/__health");
            byte[] body = (health ? "{\"status\":\"UP\"}"
                    : "{\"title\":\"Not implemented\",\"status\":501,\"detail\":\"The " + name + " sandbox has no such endpoint yet\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", health ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(health ? 200 : 501, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
