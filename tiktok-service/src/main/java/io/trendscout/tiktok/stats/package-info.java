/** TikTok stats over time: fetching (scheduled and on demand), snapshots, engagement metrics, media kit, StatsFetched. */
package io.trendscout.tiktok.stats;
