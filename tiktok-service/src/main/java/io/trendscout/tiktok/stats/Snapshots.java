package io.trendscout.tiktok.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.tiktok.api.TiktokUser;
import io.trendscout.tiktok.api.TiktokVideo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Account and video snapshots over time, and the latest state of each video. */
@Repository
class Snapshots {

    private final JdbcClient jdbc;

    Snapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveAccount(UUID userId, TiktokUser user, Instant at) {
        jdbc.sql("""
                insert into account_snapshot (user_id, open_id, fetched_at, username, display_name, avatar_url, bio,
                    profile_url, verified, followers, following, likes, video_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(userId, user.openId(), Timestamp.from(at), user.username(), user.displayName(), user.avatarUrl(),
                        user.bio(), user.profileUrl(), user.verified(), user.followers(), user.following(), user.likes(),
                        user.videoCount())
                .update();
    }

    void saveVideo(UUID userId, TiktokVideo video, Instant at) {
        String tags = String.join(" ", Hashtags.of(video.description()));
        jdbc.sql("""
                insert into video (user_id, video_id, posted_at, title, description, share_url, cover_image_url, duration,
                    hashtags, views, likes, comments, shares, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id, video_id) do update set title = excluded.title, description = excluded.description,
                    share_url = excluded.share_url, cover_image_url = excluded.cover_image_url, hashtags = excluded.hashtags,
                    views = excluded.views, likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,
                    updated_at = excluded.updated_at""")
                .params(userId, video.id(), Timestamp.from(video.postedAt()), video.title(), video.description(),
                        video.shareUrl(), video.coverImageUrl(), video.duration(), tags, video.views(), video.likes(),
                        video.comments(), video.shares(), Timestamp.from(at))
                .update();
        jdbc.sql("insert into video_snapshot (user_id, video_id, fetched_at, views, likes, comments, shares) values (?, ?, ?, ?, ?, ?, ?)")
                .params(userId, video.id(), Timestamp.from(at), video.views(), video.likes(), video.comments(), video.shares())
                .update();
    }

    Optional<AccountSnapshot> latest(UUID userId) {
        return jdbc.sql("select * from account_snapshot where user_id = ? order by fetched_at desc limit 1")
                .param(userId).query(Snapshots::account).optional();
    }

    /** Newest first, at most {@code limit}. */
    List<AccountSnapshot> history(UUID userId, int limit) {
        return jdbc.sql("select * from account_snapshot where user_id = ? order by fetched_at desc limit ?")
                .params(userId, limit).query(Snapshots::account).list();
    }

    /** Every stored video, newest posted first. */
    List<StoredVideo> videos(UUID userId) {
        return jdbc.sql("select * from video where user_id = ? order by posted_at desc, video_id desc")
                .param(userId).query(Snapshots::video).list();
    }

    /** Forgets videos TikTok no longer returns; their snapshots stay as history until the user is erased. */
    void removeVideos(UUID userId, List<String> videoIds) {
        if (!videoIds.isEmpty()) {
            jdbc.sql("delete from video where user_id = :user and video_id in (:ids)")
                    .param("user", userId).param("ids", videoIds).update();
        }
    }

    long videoSnapshotCount(UUID userId) {
        return jdbc.sql("select count(*) from video_snapshot where user_id = ?").param(userId).query(Long.class).single();
    }

    void eraseAll(UUID userId) {
        jdbc.sql("delete from video_snapshot where user_id = ?").param(userId).update();
        jdbc.sql("delete from video where user_id = ?").param(userId).update();
        jdbc.sql("delete from account_snapshot where user_id = ?").param(userId).update();
    }

    private static AccountSnapshot account(ResultSet rs, int row) throws SQLException {
        return new AccountSnapshot(rs.getTimestamp("fetched_at").toInstant(), rs.getString("open_id"), rs.getString("username"),
                rs.getString("display_name"), rs.getString("avatar_url"), rs.getString("bio"), rs.getString("profile_url"),
                rs.getBoolean("verified"), rs.getLong("followers"), rs.getLong("following"), rs.getLong("likes"),
                rs.getLong("video_count"));
    }

    private static StoredVideo video(ResultSet rs, int row) throws SQLException {
        String tags = rs.getString("hashtags");
        return new StoredVideo(rs.getString("video_id"), rs.getTimestamp("posted_at").toInstant(), rs.getString("title"),
                rs.getString("description"), rs.getString("share_url"), rs.getString("cover_image_url"), rs.getInt("duration"),
                tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(" ")), rs.getLong("views"),
                rs.getLong("likes"), rs.getLong("comments"), rs.getLong("shares"));
    }
}
