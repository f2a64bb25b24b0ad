package io.trendscout.shopsync.channel;

import java.time.Instant;
import java.util.Map;

/** The sales channels' APIs: check credentials, read products page by page. */
public class ShopChannels {

    /** What a successful credential check learned about the shop. */
    public record Verified(String shopName, String currency) {
    }

    private final Map<Platform, ChannelClient> clients;
    private final ResilientCalls calls;

    ShopChannels(Map<Platform, ChannelClient> clients, ResilientCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    /** Closes every channel's circuit breaker (operations and tests). */
    public void resetCircuitBreakers() {
        calls.breakers().getAllCircuitBreakers().forEach(io.github.resilience4j.circuitbreaker.CircuitBreaker::reset);
    }

    /** Calls the channel with the credentials; throws {@link ChannelFailure.Rejected} when it refuses them. */
    public Verified verify(Credentials credentials) {
        return clients.get(credentials.platform()).verify(credentials);
    }

    public ChannelPage page(Credentials credentials, String cursor, Instant updatedAfter) {
        return clients.get(credentials.platform()).page(credentials, cursor, updatedAfter);
    }

    /**
     * Whether the channel can list only products changed since a time. Where it cannot, an
     * incremental sync reads every product and relies on the content hashes (and can detect deletions).
     */
    public boolean filtersByUpdate(Platform platform) {
        return platform == Platform.SHOPIFY;
    }
}
