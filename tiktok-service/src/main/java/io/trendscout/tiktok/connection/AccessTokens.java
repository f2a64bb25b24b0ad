package io.trendscout.tiktok.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import io.trendscout.tiktok.api.TiktokApi;
import io.trendscout.tiktok.api.TiktokFailure;
import io.trendscout.tiktok.api.TokenGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out a working access token: refreshed ahead of expiry (from {@code expires_in}), under a
 * row lock so a rotating refresh token is used once, keeping the newest refresh token. A refresh
 * TikTok refuses marks the connection NEEDS_RECONSENT once; after that no refresh is attempted.
 */
@Service
public class AccessTokens {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private sealed interface Outcome {
    }

    private record Token(String value) implements Outcome {
    }

    private record Reconsent(String reason) implements Outcome {
    }

    private final TiktokConnections connections;
    private final TokenVault vault;
    private final TiktokApi api;
    private final OAuthProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    AccessTokens(TiktokConnections connections, TokenVault vault, TiktokApi api, OAuthProperties properties,
            TransactionTemplate transactions) {
        this.connections = connections;
        this.vault = vault;
        this.api = api;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** Runs a TikTok call with the user's token; one refresh-and-retry if TikTok rejects the token. */
    public <T> T withToken(UUID userId, Function<String, T> call) {
        String token = current(userId);
        try {
            return call.apply(token);
        } catch (TiktokFailure.AccessTokenInvalid rejected) {
            String fresh = refresh(userId, token);
            try {
                return call.apply(fresh);
            } catch (TiktokFailure.AccessTokenInvalid again) {
                markReconsent(userId, "TikTok rejects the access token (" + again.code() + ")");
                throw new ReconsentRequired("TikTok no longer accepts this connection. Connect again with GET /api/tiktok/auth/url.");
            }
        }
    }

    String current(UUID userId) {
        TiktokConnection connection = connections.findById(userId).orElseThrow(NotConnected::new);
        if (!connection.active()) {
            throw reconsent(connection.view().statusReason());
        }
        if (!connection.accessExpiresSoon(clock.instant(), properties.refreshAhead())) {
            return vault.accessToken(connection);
        }
        return refresh(userId, null);
    }

    /** Refreshes unless another caller already did; {@code rejected} is the token TikTok refused, if any. */
    private String refresh(UUID userId, String rejected) {
        Outcome outcome = transactions.execute(status -> {
            TiktokConnection connection = connections.lockById(userId).orElseThrow(NotConnected::new);
            if (!connection.active()) {
                return new Reconsent(connection.view().statusReason());
            }
            Instant now = clock.instant();
            String current = vault.accessToken(connection);
            boolean stillGood = rejected == null ? !connection.accessExpiresSoon(now, properties.refreshAhead())
                    : !current.equals(rejected);
            if (stillGood) {
                return new Token(current);
            }
            if (!connection.refreshExpiresAt().isAfter(now)) {
                connection.needsReconsent("The refresh token expired");
                return new Reconsent("The refresh token expired");
            }
            try {
                TokenGrant grant = api.refresh(vault.refreshToken(connection));
                vault.store(connection, grant, now);
                return new Token(grant.accessToken());
            } catch (TiktokFailure.GrantRejected ex) {
                log.warn("TikTok refused the token refresh for user {}: {}", userId, ex.code());
                connection.needsReconsent("TikTok refused the token refresh (" + ex.code() + ")");
                return new Reconsent(connection.view().statusReason());
            }
        });
        return switch (outcome) {
            case Token token -> token.value();
            case Reconsent reconsent -> throw reconsent(reconsent.reason());
        };
    }

    private void markReconsent(UUID userId, String reason) {
        transactions.executeWithoutResult(status -> connections.lockById(userId).ifPresent(c -> c.needsReconsent(reason)));
    }

    private static ReconsentRequired reconsent(String reason) {
        return new ReconsentRequired((reason == null ? "TikTok access must be renewed" : reason)
                + ". Connect again with GET /api/tiktok/auth/url.");
    }
}
