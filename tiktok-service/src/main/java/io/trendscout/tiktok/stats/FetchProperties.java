package io.trendscout.tiktok.stats;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Fetching and metrics.
 *
 * @param cron               daily fetch (Spring cron, "-" switches it off)
 * @param maxPages           bound on video list pages per full fetch
 * @param pageSize           videos per page (TikTok allows 1..20)
 * @param engagementVideos   N of "engagement rate over the last N videos" (seed 003: 10)
 * @param topVideos          best-performing videos shown
 * @param freshFor           stored stats younger than this are served without calling TikTok
 * @param minRefreshInterval on-demand refreshes closer together than this return the stored stats
 * @param concurrency        accounts fetched at once by the scheduled job
 */
@ConfigurationProperties("trendscout.tiktok.fetch")
record FetchProperties(String cron, String zone, int maxPages, int pageSize, int engagementVideos, int topVideos,
        Duration freshFor, Duration minRefreshInterval, Integer concurrency) {

    int parallelism() {
        return concurrency == null || concurrency < 1 ? 4 : concurrency;
    }
}
