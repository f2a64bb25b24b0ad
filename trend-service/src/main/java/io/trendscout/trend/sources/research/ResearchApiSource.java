package io.trendscout.trend.sources.research;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import io.trendscout.trend.sources.PollContext;
import io.trendscout.trend.sources.PollOutcome;
import io.trendscout.trend.sources.SourceKind;
import io.trendscout.trend.sources.TrendSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * The TikTok Research API source: discovers hashtags, sounds and creators from the videos of the
 * configured regions (query by {@code region_code} and creation date window, paged by cursor and
 * search_id) and emits hourly INCREMENT observations per video-creation hour. Disabled unless
 * {@code trendscout.trend.research-api.enabled} is set and the client key and secret are present;
 * see {@link ResearchCycle} for what one cycle reads and {@link CycleBudget} for how it spends the quota.
 */
@Component
@EnableConfigurationProperties(ResearchApiProperties.class)
class ResearchApiSource implements TrendSource {

    private final ResearchApiProperties properties;
    private final ResearchApiClient client;

    ResearchApiSource(ResearchApiProperties properties, RestClient.Builder builder, Clock clock) {
        this.properties = properties;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        factory.setReadTimeout(properties.readTimeout());
        RestClient http = builder.clone().baseUrl(properties.baseUrl().toString()).requestFactory(factory).build();
        this.client = new ResearchApiClient(http, properties.clientKey(), properties.clientSecret(), clock);
    }

    @Override
    public String name() {
        return WindowAggregation.SOURCE;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.RESEARCH;
    }

    @Override
    public boolean enabled() {
        return properties.enabled() && StringUtils.hasText(properties.clientKey()) && StringUtils.hasText(properties.clientSecret())
                && !properties.regions().isEmpty();
    }

    @Override
    public Duration interval() {
        return properties.interval();
    }

    @Override
    public PollOutcome poll(PollContext context) {
        return new ResearchCycle(properties, client, context).run();
    }

    /** The daily quota this source keeps to (for the quota record in source health). */
    int dailyRequests() {
        return properties.dailyRequests();
    }

    long dailyRecords() {
        return properties.dailyRecords();
    }
}
