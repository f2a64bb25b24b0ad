package io.trendscout.tiktok.connection;

import java.util.UUID;

/**
 * A connection's tokens were deleted. Listeners run in the same transaction: with
 * {@code eraseData} they delete the account's snapshots and videos; with {@code userErased}
 * everything else the user has here as well.
 */
public record TiktokDisconnected(UUID userId, boolean eraseData, boolean userErased) {
}
