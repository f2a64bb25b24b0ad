package io.trendscout.tiktok.connection;

/** TikTok no longer accepts the connection's tokens; only a new authorization helps. */
public class ReconsentRequired extends RuntimeException {

    public ReconsentRequired(String reason) {
        super(reason);
    }
}
