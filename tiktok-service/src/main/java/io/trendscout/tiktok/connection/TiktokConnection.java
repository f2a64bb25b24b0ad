package io.trendscout.tiktok.connection;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user's connected TikTok account. Token columns hold SecretCipher ciphertexts bound to the user. */
@Entity
@Table(name = "tiktok_connection")
class TiktokConnection {

    @Id
    private UUID userId;
    private String openId;
    private String scope;
    @Column(name = "access_token")
    private String accessTokenCipher;
    private Instant accessExpiresAt;
    @Column(name = "refresh_token")
    private String refreshTokenCipher;
    private Instant refreshExpiresAt;
    @Enumerated(EnumType.STRING)
    private ConnectionStatus status;
    private String statusReason;
    private Instant connectedAt;
    private Instant refreshedAt;
    @Version
    private long version;

    protected TiktokConnection() {
    }

    TiktokConnection(UUID userId) {
        this.userId = userId;
    }

    /** Stores a fresh grant; the refresh token is always the newest one TikTok gave. */
    void storeTokens(String openId, String scope, String accessCipher, Instant accessExpiresAt, String refreshCipher,
            Instant refreshExpiresAt, Instant now) {
        this.openId = openId.isBlank() ? this.openId : openId;
        this.scope = scope.isBlank() && this.scope != null ? this.scope : scope;
        this.accessTokenCipher = accessCipher;
        this.accessExpiresAt = accessExpiresAt;
        this.refreshTokenCipher = refreshCipher;
        this.refreshExpiresAt = refreshExpiresAt;
        this.status = ConnectionStatus.ACTIVE;
        this.statusReason = null;
        if (connectedAt == null) {
            connectedAt = now;
        }
        refreshedAt = now;
    }

    void reconnected(Instant now) {
        connectedAt = now;
    }

    void needsReconsent(String reason) {
        status = ConnectionStatus.NEEDS_RECONSENT;
        statusReason = reason;
    }

    ConnectionView view() {
        return new ConnectionView(userId, openId, status, statusReason,
                scope == null || scope.isBlank() ? java.util.List.of() : Arrays.asList(scope.split(",")),
                connectedAt, accessExpiresAt, refreshedAt);
    }

    UUID userId() {
        return userId;
    }

    String accessTokenCipher() {
        return accessTokenCipher;
    }

    String refreshTokenCipher() {
        return refreshTokenCipher;
    }

    Instant accessExpiresAt() {
        return accessExpiresAt;
    }

    Instant refreshExpiresAt() {
        return refreshExpiresAt;
    }

    /**
     * Whether the access token should be refreshed now: within {@code ahead} of its expiry, but
     * never earlier than half its lifetime, so short-lived tokens are not refreshed on every use.
     */
    boolean accessExpiresSoon(Instant now, java.time.Duration ahead) {
        java.time.Duration lifetime = refreshedAt == null ? ahead.multipliedBy(2)
                : java.time.Duration.between(refreshedAt, accessExpiresAt);
        java.time.Duration margin = ahead.compareTo(lifetime.dividedBy(2)) < 0 ? ahead : lifetime.dividedBy(2);
        return !accessExpiresAt.isAfter(now.plus(margin));
    }

    boolean active() {
        return status == ConnectionStatus.ACTIVE;
    }
}
