package io.trendscout.tiktok.connection;

/** The user has no TikTok connection. */
public class NotConnected extends RuntimeException {

    public NotConnected() {
        super("No TikTok account is connected. Connect one with GET /api/tiktok/auth/url.");
    }
}
