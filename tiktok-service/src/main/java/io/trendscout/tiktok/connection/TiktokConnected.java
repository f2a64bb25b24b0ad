package io.trendscout.tiktok.connection;

import java.util.UUID;

/** A user connected (or reconnected) a TikTok account; published after the tokens are stored. */
public record TiktokConnected(UUID userId, String openId) {
}
