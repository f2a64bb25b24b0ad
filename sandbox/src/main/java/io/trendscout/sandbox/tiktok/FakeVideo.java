package io.trendscout.sandbox.tiktok;

import java.util.LinkedHashMap;
import java.util.Map;

/** A video of a fake account, with the Display API's field names in {@link #fields()}. */
public record FakeVideo(String id, long createTime, String title, String description, int duration, long views,
        long likes, long comments, long shares) {

    Map<String, Object> fields() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("id", id);
        all.put("create_time", createTime);
        all.put("cover_image_url", "https://p16-sign.tiktokcdn.example/cover/" + id + ".jpeg?x-expires=" + (createTime + 21600));
        all.put("share_url", "https://www.tiktok.com/@sandbox/video/" + id);
        all.put("video_description", description);
        all.put("duration", duration);
        all.put("height", 1920);
        all.put("width", 1080);
        all.put("title", title);
        all.put("embed_html", "<blockquote class=\"tiktok-embed\" data-video-id=\"" + id + "\"></blockquote>");
        all.put("embed_link", "https://www.tiktok.com/embed/v2/" + id);
        all.put("like_count", likes);
        all.put("comment_count", comments);
        all.put("share_count", shares);
        all.put("view_count", views);
        return all;
    }

    /** The same video after more views and interactions (for growth between fetches). */
    public FakeVideo grown(long moreViews, long moreLikes, long moreComments, long moreShares) {
        return new FakeVideo(id, createTime, title, description, duration, views + moreViews, likes + moreLikes,
                comments + moreComments, shares + moreShares);
    }
}
