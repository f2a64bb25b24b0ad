package io.trendscout.trend.sources.research;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * TikTok Research API source ({@code trendscout.trend.research-api.*}); off unless a deployment has
 * approved research access. The client secret comes from the environment, never from the repo.
 *
 * @param regions       region codes whose videos are discovered
 * @param interval      time between cycles; with the daily quota it sets the per-cycle budget
 * @param dailyRequests the client's daily request quota (TikTok: 1,000)
 * @param dailyRecords  the client's daily record quota (TikTok: 100,000)
 * @param history       how far back the first polls walk (at most 30 days per window)
 * @param recentDays    the days re-read every cycle (their videos still gain views)
 * @param backfillShare share of the daily quota one cycle may spend while the history is not read yet
 * @param maxCount      videos per page (1-100)
 */
@ConfigurationProperties("trendscout.trend.research-api")
record ResearchApiProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("https://open.tiktokapis.com") URI baseUrl, String clientKey, String clientSecret,
        @DefaultValue("US") List<String> regions, @DefaultValue("15m") Duration interval,
        @DefaultValue("1000") int dailyRequests, @DefaultValue("100000") long dailyRecords,
        @DefaultValue("90d") Duration history, @DefaultValue("2") int recentDays,
        @DefaultValue("0.1") double backfillShare, @DefaultValue("100") int maxCount,
        @DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {

    public ResearchApiProperties {
        regions = regions == null ? List.of() : regions.stream().map(r -> r.trim().toUpperCase(java.util.Locale.ROOT)).toList();
        if (maxCount < 1 || maxCount > 100) {
            throw new IllegalArgumentException("trendscout.trend.research-api.max-count must be between 1 and 100");
        }
        if (recentDays < 1 || recentDays > 30) {
            throw new IllegalArgumentException("trendscout.trend.research-api.recent-days must be between 1 and 30");
        }
    }
}
