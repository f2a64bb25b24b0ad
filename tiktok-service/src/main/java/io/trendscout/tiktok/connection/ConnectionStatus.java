package io.trendscout.tiktok.connection;

/** ACTIVE: tokens work. NEEDS_RECONSENT: refresh failed or access was revoked; the user must connect again. */
public enum ConnectionStatus {
    ACTIVE, NEEDS_RECONSENT
}
