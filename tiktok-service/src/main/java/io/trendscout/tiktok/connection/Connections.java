package io.trendscout.tiktok.connection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.tiktok.api.TiktokApi;
import io.trendscout.tiktok.api.TiktokFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Looking up, disconnecting and erasing connections. */
@Service
public class Connections {

    /** How a disconnect went: tokens are always deleted, even when TikTok could not be told. */
    public record Disconnected(boolean revokedAtTiktok, boolean dataErased) {
    }

    private static final Logger log = LoggerFactory.getLogger(Connections.class);

    private final TiktokConnections connections;
    private final OAuthStates states;
    private final TokenVault vault;
    private final TiktokApi api;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    Connections(TiktokConnections connections, OAuthStates states, TokenVault vault, TiktokApi api,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.connections = connections;
        this.states = states;
        this.vault = vault;
        this.api = api;
        this.transactions = transactions;
        this.events = events;
    }

    public Optional<ConnectionView> find(UUID userId) {
        return connections.findById(userId).map(TiktokConnection::view);
    }

    public List<UUID> activeUserIds() {
        return connections.activeUserIds();
    }

    /**
     * Revokes at TikTok (best effort), deletes the tokens and, with {@code erase}, every stored
     * snapshot and video. Without a connection only an erase has something to do.
     */
    public Disconnected disconnect(UUID userId, boolean erase) {
        Optional<TiktokConnection> connection = connections.findById(userId);
        if (connection.isEmpty() && !erase) {
            throw new NotConnected();
        }
        boolean revoked = connection.map(this::revoke).orElse(false);
        transactions.executeWithoutResult(status -> remove(userId, erase, false));
        return new Disconnected(revoked, erase);
    }

    /** The user left the platform: everything goes, inside the caller's transaction. */
    public void eraseUser(UUID userId) {
        connections.findById(userId).ifPresent(this::revoke);
        remove(userId, true, true);
    }

    private void remove(UUID userId, boolean erase, boolean userErased) {
        connections.findById(userId).ifPresent(connections::delete);
        connections.flush();
        states.deleteFor(userId);
        events.publishEvent(new TiktokDisconnected(userId, erase, userErased));
    }

    private boolean revoke(TiktokConnection connection) {
        try {
            api.revoke(vault.accessToken(connection));
            return true;
        } catch (TiktokFailure | IllegalArgumentException ex) {
            log.warn("Could not revoke the TikTok token of user {}: {}", connection.userId(), ex.getMessage());
            return false;
        }
    }
}
