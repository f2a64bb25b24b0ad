package io.trendscout.sandbox;

/** A local stand-in for an outside API, following that API's real contract. */
public interface SandboxFake extends AutoCloseable {

    String name();

    int port();

    void start();

    default String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    void close();
}
