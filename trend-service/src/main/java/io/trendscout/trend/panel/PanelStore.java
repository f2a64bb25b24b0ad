package io.trendscout.trend.panel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import io.trendscout.trend.trends.SourceOverview;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The panel's tables (V3__creator_panel.sql): creators, tracked videos, their hashtags and hourly contributions. */
@Repository
class PanelStore {

    /** A tracked video as stored, with its hashtags. */
    record Tracked(String videoId, UUID creatorId, Counters highWater, boolean deleted, SortedSet<String> hashtags) {
    }

    private final JdbcTemplate jdbc;

    PanelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes the creator's fetches and erasure until the transaction ends, so a fetch applied
     * while the creator is being erased cannot leave data behind (it waits, then sees the tombstone).
     */
    void lockCreator(UUID creator) {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> {
        }, creator.getMostSignificantBits() ^ creator.getLeastSignificantBits());
    }

    boolean erased(UUID creator) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from erased_users where creator_id = ?)", Boolean.class, creator));
    }

    void markErased(UUID creator, Instant at) {
        jdbc.update("insert into erased_users (creator_id, erased_at) values (?, ?) on conflict do nothing", creator,
                Timestamp.from(at));
    }

    void touchCreator(UUID creator, Instant fetchedAt) {
        jdbc.update("""
                insert into panel_creator (creator_id, first_fetched_at, last_fetched_at) values (?, ?, ?)
                on conflict (creator_id) do update set last_fetched_at = greatest(panel_creator.last_fetched_at, excluded.last_fetched_at)
                """, creator, Timestamp.from(fetchedAt), Timestamp.from(fetchedAt));
    }

    /**
     * The tracked ones among {@code videoIds}, locked until the transaction ends (in id order, so
     * two transactions over the same videos queue instead of deadlocking): their high-water marks
     * are read, raised and attributed without another fetch of the same video in between.
     */
    Map<String, Tracked> lock(Collection<String> videoIds) {
        if (videoIds.isEmpty()) {
            return Map.of();
        }
        String[] ids = new TreeSet<>(videoIds).toArray(String[]::new);
        Map<String, Tracked> tracked = new LinkedHashMap<>();
        jdbc.query("select * from panel_video where video_id = any(?) order by video_id for update",
                rs -> {
                    tracked.put(rs.getString("video_id"), tracked(rs));
                }, (Object) ids);
        if (!tracked.isEmpty()) {
            jdbc.query("select video_id, hashtag from panel_video_hashtag where video_id = any(?)",
                    rs -> {
                        tracked.get(rs.getString("video_id")).hashtags().add(rs.getString("hashtag"));
                    }, (Object) tracked.keySet().toArray(String[]::new));
        }
        return tracked;
    }

    /** False when another transaction tracked the video in the meantime (then {@link #lock} it and go on). */
    boolean insert(UUID creator, PanelEntries.Sighting video, Counters highWater, Instant fetchedAt) {
        int inserted = jdbc.update("""
                insert into panel_video (video_id, creator_id, created_at, views, likes, comments, shares, last_fetched_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (video_id) do nothing
                """, video.videoId(), creator, Timestamp.from(video.createdAt()), highWater.views(), highWater.likes(),
                highWater.comments(), highWater.shares(), Timestamp.from(fetchedAt));
        if (inserted == 1) {
            replaceHashtags(video.videoId(), video.hashtags());
        }
        return inserted == 1;
    }

    /** New high-water marks; a video seen again is tracked again even if it was reported gone. */
    void update(String videoId, Counters highWater, Instant fetchedAt) {
        jdbc.update("""
                update panel_video set views = ?, likes = ?, comments = ?, shares = ?, deleted = false,
                    last_fetched_at = greatest(last_fetched_at, ?)
                where video_id = ?""", highWater.views(), highWater.likes(), highWater.comments(), highWater.shares(),
                Timestamp.from(fetchedAt), videoId);
    }

    void replaceHashtags(String videoId, Collection<String> hashtags) {
        jdbc.update("delete from panel_video_hashtag where video_id = ?", videoId);
        jdbc.batchUpdate("insert into panel_video_hashtag (video_id, hashtag) values (?, ?)",
                hashtags.stream().map(tag -> new Object[] {videoId, tag}).toList());
    }

    /** Adds to the video's contribution of the hour (several fetches in one hour extend one row). */
    void addContribution(String videoId, Instant hour, Counters increase) {
        jdbc.update("""
                insert into panel_contribution (video_id, hour, views, likes, comments, shares) values (?, ?, ?, ?, ?, ?)
                on conflict (video_id, hour) do update set views = panel_contribution.views + excluded.views,
                    likes = panel_contribution.likes + excluded.likes, comments = panel_contribution.comments + excluded.comments,
                    shares = panel_contribution.shares + excluded.shares""",
                videoId, Timestamp.from(hour), increase.views(), increase.likes(), increase.comments(), increase.shares());
    }

    List<Instant> contributionHours(String videoId) {
        return jdbc.query("select hour from panel_contribution where video_id = ? order by hour",
                (rs, row) -> rs.getTimestamp("hour").toInstant(), videoId);
    }

    /** Only the creator's own videos; their contributions stay. */
    int markDeleted(UUID creator, Collection<String> videoIds) {
        if (videoIds.isEmpty()) {
            return 0;
        }
        return jdbc.update("update panel_video set deleted = true where creator_id = ? and video_id = any(?) and not deleted",
                creator, videoIds.toArray(String[]::new));
    }

    /** Every (hashtag, hour) the creator's videos contribute to. */
    SortedSet<PanelBuckets.Key> bucketsOf(UUID creator) {
        SortedSet<PanelBuckets.Key> keys = new TreeSet<>();
        jdbc.query("""
                select distinct h.hashtag, c.hour from panel_video v
                join panel_video_hashtag h on h.video_id = v.video_id
                join panel_contribution c on c.video_id = v.video_id
                where v.creator_id = ?""", rs -> {
                    keys.add(new PanelBuckets.Key(rs.getString("hashtag"), rs.getTimestamp("hour").toInstant()));
                }, creator);
        return keys;
    }

    /** The creator's videos (their hashtags and contributions by cascade) and panel membership. */
    void erase(UUID creator) {
        jdbc.update("delete from panel_video where creator_id = ?", creator);
        jdbc.update("delete from panel_creator where creator_id = ?", creator);
    }

    SourceOverview.PanelSize size() {
        return jdbc.queryForObject("""
                select (select count(*) from panel_creator) creators,
                       (select count(*) from panel_video where not deleted) videos,
                       (select max(last_fetched_at) from panel_creator) last_fetch""",
                (rs, row) -> new SourceOverview.PanelSize(rs.getLong("creators"), rs.getLong("videos"),
                        rs.getTimestamp("last_fetch") == null ? null : rs.getTimestamp("last_fetch").toInstant()));
    }

    /** Contributions older than {@code before} (past the retention) and the buckets computed from them. */
    int purgeBefore(Instant before) {
        int contributions = jdbc.update("delete from panel_contribution where hour < ?", Timestamp.from(before));
        jdbc.update("delete from panel_bucket where hour < ?", Timestamp.from(before));
        return contributions;
    }

    private static Tracked tracked(ResultSet rs) throws SQLException {
        return new Tracked(rs.getString("video_id"), rs.getObject("creator_id", UUID.class),
                new Counters(rs.getLong("views"), rs.getLong("likes"), rs.getLong("comments"), rs.getLong("shares")),
                rs.getBoolean("deleted"), new TreeSet<>());
    }
}
