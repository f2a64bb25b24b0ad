package io.trendscout.tiktok.stats;

import java.time.Instant;

/** The account as TikTok reported it at {@code fetchedAt}. */
record AccountSnapshot(Instant fetchedAt, String openId, String username, String displayName, String avatarUrl, String bio,
        String profileUrl, boolean verified, long followers, long following, long likes, long videoCount) {
}
