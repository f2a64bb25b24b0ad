package io.trendscout.shopsync.connection;

/** CONNECTED: credentials work; AUTH_FAILED: the channel refuses them (reconnect); ERROR: the last sync failed otherwise. */
public enum ConnectionStatus {
    CONNECTED, AUTH_FAILED, ERROR
}
