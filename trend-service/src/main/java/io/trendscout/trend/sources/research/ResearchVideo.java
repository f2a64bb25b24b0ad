package io.trendscout.trend.sources.research;

import java.time.Instant;
import java.util.List;

/** One video of a Research API page, as far as trends need it. */
record ResearchVideo(long id, String username, Instant createTime, String region, List<String> hashtags, String musicId,
        long views, long likes, long comments, long shares) {
}
