package io.trendscout.sandbox;

import java.io.IOException;
import java.util.Map;

/**
 * A fake served by a {@link FakeServer}: answers {@code /__health} itself and hands every other
 * request to {@link #handle}. {@link #faults} holds the failures and delays a test asked for;
 * each fake decides where in its request flow they strike and in which error shape.
 */
public abstract class HttpFake implements SandboxFake {

    private final String name;
    private final FakeServer server;
    protected final InjectedFaults faults = new InjectedFaults();

    protected HttpFake(String name, int port) {
        this.name = name;
        this.server = new FakeServer(name, port, this::route);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int port() {
        return server.port();
    }

    @Override
    public final void start() {
        server.start();
    }

    @Override
    public final void close() {
        server.stop();
    }

    /** The next {@code count} API calls fail with {@code status}, in the API's own error shape. */
    public void failNext(int count, int status) {
        faults.failNext(count, status);
    }

    /** The next {@code count} API calls are answered {@code millis} late. */
    public void delayNext(int count, long millis) {
        faults.delayNext(count, millis);
    }

    /** Answers one request other than the health check. */
    protected abstract void handle(FakeExchange exchange) throws IOException;

    private void route(FakeExchange exchange) throws IOException {
        if (exchange.path().equals("/__health")) {
            exchange.json(200, Map.of("status", "UP"));
            return;
        }
        handle(exchange);
    }
}
