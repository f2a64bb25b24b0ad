/**
 * The TikTok Research API as a trend source (kind RESEARCH), for deployments that qualify (non-profit
 * academic research, non-commercial use): discovers hashtags, sounds and creators from the videos of
 * the configured regions, window by window, within the API's daily quota.
 */
package io.trendscout.trend.sources.research;
