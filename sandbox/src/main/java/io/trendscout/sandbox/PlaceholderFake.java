package io.trendscout.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Holds the port of a fake whose API is not implemented yet: answers {@code /__health} and a 501
 * problem for everything else, so nothing mistakes it for the real contract.
 */
public final class PlaceholderFake extends HttpFake {

    public PlaceholderFake(String name, int port) {
        super(name, port);
    }

    @Override
    protected void handle(FakeExchange exchange) throws IOException {
        exchange.send(501, "application/problem+json",
                ("{\"title\":\"Not implemented\",\"status\":501,\"detail\":\"The " + name()
                        + " sandbox has no such endpoint yet\"}").getBytes(StandardCharsets.UTF_8));
    }
}
