package io.trendscout.trend.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * TikTok Research API source ({@code trendscout.trend.research-api.*}); off unless a deployment has
 * approved research access. The client secret comes from the environment, never from the repo.
 */
@ConfigurationProperties("trendscout.trend.research-api")
record ResearchApiProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("https://open.tiktokapis.com") URI baseUrl, String clientKey, String clientSecret,
        @DefaultValue List<String> hashtags, @DefaultValue("GLOBAL") String region,
        @DefaultValue("7d") Duration lookback, @DefaultValue("5") int maxPages) {
}
