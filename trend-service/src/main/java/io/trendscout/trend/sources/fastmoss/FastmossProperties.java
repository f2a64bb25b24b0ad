package io.trendscout.trend.sources.fastmoss;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The FastMoss OPEN API source ({@code trendscout.trend.fastmoss.*}). Off unless credentials are
 * set: a bearer token for {@code auth-style: bearer}; client id, access token and client secret
 * for {@code auth-style: signed}. Credentials come from the environment, never from the repo.
 *
 * @param regions        regions ranked each cycle (FastMoss codes: US, GB, MX, ES, DE, IT, FR, ...)
 * @param categories     FastMoss level-1 category ids ranked one by one; empty = one ranking over all categories
 * @param keywords       product searches per region; empty = one search without keywords
 * @param dailyRequests  requests a UTC day, counted in the source's persisted quota; 0 = unlimited
 * @param dailyRecords   records (list items) a UTC day before the cycle stops on its own; 0 = unlimited
 * @param maxProducts    products whose daily sales are fetched per cycle (the best ranked first)
 * @param rankingDayLag  the day ranked is today minus this (1: yesterday's complete day)
 * @param backfillDays   days fetched the first time a product is seen (the trend endpoint allows 28)
 * @param recentDays     days fetched again for a known product (at least 2: yesterday's final numbers and today)
 */
@ConfigurationProperties("trendscout.trend.fastmoss")
record FastmossProperties(@DefaultValue("https://openapi.fastmoss.com") URI baseUrl,
        @DefaultValue("bearer") AuthStyle authStyle, String clientId, String accessToken, String clientSecret,
        @DefaultValue("md5") SignAlgorithm signAlgorithm, @DefaultValue("2") String signatureVersion,
        @DefaultValue("US") List<String> regions, @DefaultValue List<Integer> categories,
        @DefaultValue List<String> keywords, @DefaultValue("6h") Duration interval,
        @DefaultValue("2000") int dailyRequests, @DefaultValue("0") long dailyRecords,
        @DefaultValue("200") int maxProducts, @DefaultValue("50") int pageSize, @DefaultValue("1") int rankingPages,
        @DefaultValue("1") int rankingDayLag, @DefaultValue("28") int backfillDays, @DefaultValue("2") int recentDays,
        @DefaultValue Http http, @DefaultValue Paths paths) {

    /** How requests authenticate; both are documented by FastMoss. */
    enum AuthStyle {
        /** {@code Authorization: Bearer <access-token>} (the newer pages). */
        BEARER,
        /** URL parameters {@code client_id, access_token, timestamp, sign} (+ {@code signature_version}). */
        SIGNED
    }

    /**
     * @param requestsPerSecond client-side pacing; 0 = none
     * @param throttleAttempts  tries of one request answered 30003 (frequency limit) before the cycle stops
     * @param throttleBackoff   wait after the first 30003, doubled after each further one
     */
    record Http(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
            @DefaultValue("5") double requestsPerSecond, @DefaultValue("3") int throttleAttempts,
            @DefaultValue("1s") Duration throttleBackoff) {
    }

    /** Endpoint paths (documented; configurable in case the provider versions them). */
    record Paths(@DefaultValue("/product/v1/rank/topSales") String topSales,
            @DefaultValue("/product/v1/search") String search, @DefaultValue("/product/v1/salesTrend") String salesTrend) {
    }

    FastmossProperties {
        backfillDays = Math.clamp(backfillDays, 1, 28);
        recentDays = Math.clamp(recentDays, 2, backfillDays < 2 ? 2 : backfillDays);
        pageSize = Math.clamp(pageSize, 1, 100);
        rankingPages = Math.max(1, rankingPages);
        maxProducts = Math.max(0, maxProducts);
    }

    boolean hasCredentials() {
        return StringUtils.hasText(accessToken)
                && (authStyle == AuthStyle.BEARER || (StringUtils.hasText(clientId) && StringUtils.hasText(clientSecret)));
    }
}
