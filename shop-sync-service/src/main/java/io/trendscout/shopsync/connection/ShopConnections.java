package io.trendscout.shopsync.connection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.platform.web.NotFound;
import io.trendscout.shopsync.channel.ChannelFailure;
import io.trendscout.shopsync.channel.Credentials;
import io.trendscout.shopsync.channel.Platform;
import io.trendscout.shopsync.channel.ShopChannels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** A merchant's shop connections: connect (credentials checked with the channel), list, test, delete; and what the sync needs. */
@Service
public class ShopConnections {

    private static final Logger log = LoggerFactory.getLogger(ShopConnections.class);

    private final Connections connections;
    private final CredentialVault vault;
    private final ShopChannels channels;
    private final ErasedOwners erased;
    private final TransactionTemplate tx;

    ShopConnections(Connections connections, CredentialVault vault, ShopChannels channels, ErasedOwners erased,
            TransactionTemplate tx) {
        this.connections = connections;
        this.vault = vault;
        this.channels = channels;
        this.erased = erased;
        this.tx = tx;
    }

    List<ConnectionView> list(UUID ownerId) {
        return connections.byOwner(ownerId).stream().map(Connections.Row::view).toList();
    }

    ConnectionView get(UUID ownerId, UUID id) {
        return owned(ownerId, id).view();
    }

    ConnectionView connect(UUID ownerId, ConnectionRequest request) {
        requireNotErased(ownerId);
        Platform platform = Platform.parse(request.platform())
                .orElseThrow(() -> new InvalidRequest("platform", "must be one of shopify, amazon, kaufland"));
        Credentials credentials = CredentialsParser.parse(platform, request.credentials());
        boolean duplicate = connections.byShop(platform.id(), credentials.shopKey()).stream()
                .anyMatch(c -> c.ownerId().equals(ownerId));
        if (duplicate) {
            throw new ConnectionFailures.AlreadyConnected();
        }
        ShopChannels.Verified verified = verify(credentials);
        UUID id = UUID.randomUUID();
        String name = request.shopName() != null && !request.shopName().isBlank() ? request.shopName().trim()
                : verified.shopName() != null ? verified.shopName() : credentials.shopKey();
        Connections.Row row = new Connections.Row(id, ownerId, platform.id(), name, credentials.shopKey(),
                vault.seal(id, credentials), ConnectionStatus.CONNECTED, null, verified.currency(), null, null, Instant.now());
        tx.executeWithoutResult(status -> {
            erased.lock(ownerId);
            requireNotErased(ownerId); // erased while the channel was asked
            connections.insert(row);
        });
        log.info("Connection {} to {} created for {}", id, platform.id(), ownerId);
        return row.view();
    }

    ConnectionView test(UUID ownerId, UUID id) {
        Connections.Row row = owned(ownerId, id);
        try {
            verify(vault.open(id, row.platform(), row.credentials()));
        } catch (ConnectionFailures.CredentialsRejected ex) {
            connections.status(id, ConnectionStatus.AUTH_FAILED, ex.getMessage());
            throw ex;
        }
        connections.status(id, ConnectionStatus.CONNECTED, null);
        return connections.find(id).orElseThrow(ConnectionNotFound::new).view();
    }

    void delete(UUID ownerId, UUID id) {
        owned(ownerId, id);
        connections.delete(id);
    }

    private void requireNotErased(UUID ownerId) {
        if (erased.contains(ownerId)) {
            throw new NotFound("This account was erased");
        }
    }

    private ShopChannels.Verified verify(Credentials credentials) {
        try {
            return channels.verify(credentials);
        } catch (ChannelFailure.Rejected | ChannelFailure.Invalid ex) {
            throw new ConnectionFailures.CredentialsRejected(ex.getMessage());
        } catch (ChannelFailure ex) {
            throw new ConnectionFailures.ChannelUnreachable(ex.getMessage());
        }
    }

    private Connections.Row owned(UUID ownerId, UUID id) {
        return connections.find(id).filter(c -> c.ownerId().equals(ownerId)).orElseThrow(ConnectionNotFound::new);
    }

    // ----- for the erasure, the sync and the webhooks

    /**
     * Erases every connection of the owner (credentials included; the database cascades to their product versions)
     * and leaves a tombstone (id and time) so the owner's still-valid token cannot connect again.
     *
     * @return the Shopify shops the owner was connected to that no other connection uses any more
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> erase(UUID ownerId, Instant erasedAt) {
        erased.lock(ownerId);
        erased.add(ownerId, erasedAt);
        List<String> shops = connections.byOwner(ownerId).stream().filter(c -> c.platform().equals(Platform.SHOPIFY.id()))
                .map(Connections.Row::shopKey).distinct().toList();
        int removed = connections.deleteByOwner(ownerId);
        log.info("Erased {} connections of an erased account", removed);
        return shops.stream().filter(shop -> connections.byShop(Platform.SHOPIFY.id(), shop).isEmpty()).toList();
    }

    /** Whether any connection to this Shopify shop exists (deliveries for other shops are not stored). */
    public boolean isShopifyShopConnected(String domain) {
        return connections.shopExists(Platform.SHOPIFY.id(), domain);
    }

    /** The connection if {@code ownerId} owns it. */
    public void requireOwned(UUID ownerId, UUID id) {
        owned(ownerId, id);
    }

    public SyncTarget target(UUID id) {
        Connections.Row row = connections.find(id).orElseThrow(ConnectionNotFound::new);
        return target(row);
    }

    /** Every connection to this Shopify shop (several merchants may share one). */
    public List<SyncTarget> shopifyShop(String domain) {
        return connections.byShop(Platform.SHOPIFY.id(), domain).stream().map(this::target).toList();
    }

    /** Connections whose last sync is older than {@code before} (or never ran) and whose credentials work. */
    public List<SyncTarget> dueForSync(Instant before) {
        return connections.due(before).stream().map(this::target).toList();
    }

    public void markSynced(UUID id, Instant completedAt, Instant startedAt) {
        connections.synced(id, completedAt, startedAt);
    }

    public void markFailed(UUID id, boolean credentialsRejected, String error) {
        connections.status(id, credentialsRejected ? ConnectionStatus.AUTH_FAILED : ConnectionStatus.ERROR, error);
    }

    private SyncTarget target(Connections.Row row) {
        return new SyncTarget(row.id(), row.ownerId(), vault.open(row.id(), row.platform(), row.credentials()),
                row.currency(), row.lastSuccessStartedAt());
    }
}
