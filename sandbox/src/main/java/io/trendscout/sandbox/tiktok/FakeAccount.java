package io.trendscout.sandbox.tiktok;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A TikTok account of the fake; {@code videos} are kept newest first. */
public record FakeAccount(String openId, String unionId, String username, String displayName, String bio,
        boolean verified, long followers, long following, long likes, List<FakeVideo> videos) {

    public FakeAccount {
        videos = videos.stream().sorted((a, b) -> Long.compare(b.createTime(), a.createTime())).toList();
    }

    Map<String, Object> fields() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("open_id", openId);
        all.put("union_id", unionId);
        all.put("avatar_url", "https://p16-sign.tiktokcdn.example/avatar/" + openId + ".jpeg");
        all.put("avatar_url_100", "https://p16-sign.tiktokcdn.example/avatar/" + openId + "~100x100.jpeg");
        all.put("avatar_large_url", "https://p16-sign.tiktokcdn.example/avatar/" + openId + "~1080x1080.jpeg");
        all.put("display_name", displayName);
        all.put("bio_description", bio);
        all.put("profile_deep_link", "https://vm.tiktok.com/" + username);
        all.put("is_verified", verified);
        all.put("username", username);
        all.put("follower_count", followers);
        all.put("following_count", following);
        all.put("likes_count", likes);
        all.put("video_count", videos.size());
        return all;
    }

    public FakeAccount withFollowers(long newFollowers) {
        return new FakeAccount(openId, unionId, username, displayName, bio, verified, newFollowers, following, likes, videos);
    }

    public FakeAccount withVideos(List<FakeVideo> newVideos) {
        return new FakeAccount(openId, unionId, username, displayName, bio, verified, followers, following, likes, newVideos);
    }
}
