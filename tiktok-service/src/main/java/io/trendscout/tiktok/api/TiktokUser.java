package io.trendscout.tiktok.api;

/** user.info.basic, .profile and .stats fields of the Display API. */
public record TiktokUser(String openId, String username, String displayName, String avatarUrl, String bio,
        String profileUrl, boolean verified, long followers, long following, long likes, long videoCount) {
}
