package io.trendscout.sandbox.world;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One video of the simulated market. Its counters are a function of time only: zero before it is
 * posted, then growing fast over the first day and slowly over the next days toward
 * {@code finalViews}, never going down.
 */
public record WorldVideo(long id, String username, Instant createTime, String region, List<String> hashtags,
        String musicId, String description, int duration, long finalViews, double likeRate, double commentRate,
        double shareRate) {

    public WorldVideo {
        hashtags = List.copyOf(hashtags);
    }

    public VideoCounts countsAt(Instant t) {
        double hours = Duration.between(createTime, t).toSeconds() / 3600.0;
        if (hours <= 0) {
            return new VideoCounts(0, 0, 0, 0);
        }
        double grown = 0.85 * (1 - Math.exp(-hours / 10)) + 0.15 * (1 - Math.exp(-hours / 72));
        long views = (long) Math.floor(finalViews * grown);
        return new VideoCounts(views, (long) Math.floor(views * likeRate), (long) Math.floor(views * commentRate),
                (long) Math.floor(views * shareRate));
    }

    public String idString() {
        return Long.toString(id);
    }
}
