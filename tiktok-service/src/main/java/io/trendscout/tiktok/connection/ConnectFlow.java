package io.trendscout.tiktok.connection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.trendscout.tiktok.api.TiktokApi;
import io.trendscout.tiktok.api.TiktokFailure;
import io.trendscout.tiktok.api.TokenGrant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The OAuth 2.0 authorization code flow: an authorize URL with a single-use state bound to the
 * user (only its hash is stored, with an expiry) plus PKCE for non-web clients, then the
 * callback that checks the state and exchanges the code.
 */
@Service
public class ConnectFlow {

    /** The URL to send the user's browser to, and until when it is valid. */
    public record AuthorizationUrl(String url, Instant expiresAt) {
    }

    private final OAuthProperties properties;
    private final OAuthStates states;
    private final TiktokConnections connections;
    private final TokenVault vault;
    private final TiktokApi api;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConnectFlow(OAuthProperties properties, OAuthStates states, TiktokConnections connections, TokenVault vault, TiktokApi api,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.properties = properties;
        this.states = states;
        this.connections = connections;
        this.vault = vault;
        this.api = api;
        this.transactions = transactions;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    public AuthorizationUrl start(UUID userId) {
        if (!properties.configured()) {
            throw new NotConfigured();
        }
        String state = Pkce.randomToken();
        String stateHash = Pkce.sha256Hex(state);
        Instant expiresAt = clock.instant().plus(properties.stateLifetime());
        StringBuilder url = new StringBuilder(properties.authorizeUrl())
                .append(properties.authorizeUrl().contains("?") ? '&' : '?')
                .append("client_key=").append(encode(properties.clientKey()))
                .append("&scope=").append(encode(String.join(",", properties.scopes())))
                .append("&response_type=code")
                .append("&redirect_uri=").append(encode(properties.redirectUri()))
                .append("&state=").append(encode(state));
        String verifierCipher = null;
        if (properties.usesPkce()) {
            String verifier = Pkce.randomToken() + Pkce.randomToken();
            verifierCipher = vault.encryptVerifier(verifier, stateHash);
            url.append("&code_challenge=").append(encode(Pkce.challenge(verifier, properties.pkceEncoding())))
                    .append("&code_challenge_method=S256");
        }
        states.save(stateHash, userId, verifierCipher, expiresAt);
        return new AuthorizationUrl(url.toString(), expiresAt);
    }

    /** Handles TikTok's redirect; the state (not a login) tells whose account this is. */
    public ConnectionView complete(String state, String code, String error) {
        if (state == null || state.isBlank()) {
            throw OAuthFailure.invalidState();
        }
        String stateHash = Pkce.sha256Hex(state);
        OAuthStates.Pending pending = states.consume(stateHash).orElseThrow(OAuthFailure::invalidState);
        if (clock.instant().isAfter(pending.expiresAt())) {
            throw OAuthFailure.stateExpired();
        }
        if (error != null && !error.isBlank()) {
            throw "access_denied".equals(error) ? OAuthFailure.consentDenied() : OAuthFailure.authorizationFailed(error);
        }
        if (code == null || code.isBlank()) {
            throw OAuthFailure.missingCode();
        }
        String verifier = pending.codeVerifierCipher() == null ? null : vault.decryptVerifier(pending.codeVerifierCipher(), stateHash);
        TokenGrant grant;
        try {
            grant = api.exchangeCode(code, properties.redirectUri(), verifier);
        } catch (TiktokFailure.GrantRejected ex) {
            throw OAuthFailure.codeRejected(ex.code());
        }
        return transactions.execute(status -> {
            Instant now = clock.instant();
            TiktokConnection connection = connections.lockById(pending.userId()).orElseGet(() -> new TiktokConnection(pending.userId()));
            vault.store(connection, grant, now);
            connection.reconnected(now);
            connections.save(connection);
            events.publishEvent(new TiktokConnected(pending.userId(), grant.openId()));
            return connection.view();
        });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
