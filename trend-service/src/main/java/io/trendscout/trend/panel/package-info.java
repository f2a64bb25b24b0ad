/**
 * The creator panel: the creators who connected TikTok to this deployment, as a trend source
 * ({@code creator-panel}, kind CREATOR_PANEL). Per video of every creator (from {@code StatsFetched}
 * schema 2) it keeps the high-water marks of the counters and what the video gained per hour
 * ({@link io.trendscout.trend.panel.Attribution}); per hashtag and hour it adds those gains up across
 * all creators, with the number of videos and of distinct creators, and submits the bucket as an
 * INCREMENT observation (a recomputation replaces it). Deleted videos stop being tracked and keep
 * their past contributions. The tables hold a user's data: {@code UserErased} deletes the creator's
 * videos and contributions and re-submits the buckets without them. Its size for the analytics:
 * {@link io.trendscout.trend.panel.CreatorPanel#size()}.
 */
package io.trendscout.trend.panel;
