package io.trendscout.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/** The loopback HTTP server every fake runs on: one handler for all paths, a 500 for anything it throws. */
public final class FakeServer {

    /** Answers one request. */
    public interface Handler {
        void handle(FakeExchange exchange) throws IOException;
    }

    private final String name;
    private final int requestedPort;
    private final Handler handler;
    private HttpServer server;

    public FakeServer(String name, int port, Handler handler) {
        this.name = name;
        this.requestedPort = port;
        this.handler = handler;
    }

    /** The bound port once started (useful with port 0), else the requested one. */
    public int port() {
        return server != null ? server.getAddress().getPort() : requestedPort;
    }

    public void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 200);
        } catch (IOException ex) {
            throw new IllegalStateException("Port " + requestedPort + " for the " + name + " fake is taken", ex);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", http -> {
            try {
                handler.handle(new FakeExchange(http));
            } catch (RuntimeException ex) {
                http.sendResponseHeaders(500, -1);
            } finally {
                http.close();
            }
        });
        server.start();
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
