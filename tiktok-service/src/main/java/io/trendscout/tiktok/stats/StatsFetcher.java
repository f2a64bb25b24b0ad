package io.trendscout.tiktok.stats;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.tiktok.api.TiktokApi;
import io.trendscout.tiktok.api.TiktokUser;
import io.trendscout.tiktok.api.TiktokVideo;
import io.trendscout.tiktok.api.VideoListing;
import io.trendscout.tiktok.connection.AccessTokens;
import org.springframework.stereotype.Service;

/**
 * Fetches an account from TikTok and stores a snapshot. FULL reads every video page up to the
 * bound; QUICK reads the newest page and refreshes the stored best performers with a video query.
 */
@Service
public class StatsFetcher {

    public enum Mode { FULL, QUICK }

    /** What one fetch saw; {@code complete} is false when paging stopped early or at the bound. */
    public record Fetched(StatsFetched stats, int videosRead, int pages, boolean complete) {
    }

    /** Videos per Display API video query. */
    private static final int QUERY_BATCH = 20;

    private final AccessTokens tokens;
    private final TiktokApi api;
    private final StatsStore store;
    private final Snapshots snapshots;
    private final FetchProperties properties;
    private final Clock clock = Clock.systemUTC();

    StatsFetcher(AccessTokens tokens, TiktokApi api, StatsStore store, Snapshots snapshots, FetchProperties properties) {
        this.tokens = tokens;
        this.api = api;
        this.store = store;
        this.snapshots = snapshots;
        this.properties = properties;
    }

    public Fetched fetch(UUID userId, Mode mode) {
        TiktokUser user = tokens.withToken(userId, api::userInfo);
        int pages = mode == Mode.FULL ? properties.maxPages() : 1;
        VideoListing listing = user.videoCount() == 0 ? new VideoListing(List.of(), 0, true)
                : tokens.withToken(userId, token -> api.listVideos(token, pages, properties.pageSize()));
        List<TiktokVideo> videos = new ArrayList<>(listing.videos());
        Set<String> seen = videos.stream().map(TiktokVideo::id).collect(Collectors.toSet());
        List<String> gone = new ArrayList<>();
        if (mode == Mode.FULL && listing.complete()) {
            // A complete listing is every video the account has: stored ones missing from it are gone.
            snapshots.videos(userId).stream().map(StoredVideo::id).filter(id -> !seen.contains(id)).forEach(gone::add);
        }
        if (mode == Mode.QUICK) {
            List<String> stale = EngagementMetrics.topVideos(snapshots.videos(userId), QUERY_BATCH).stream()
                    .map(StoredVideo::id).filter(id -> !seen.contains(id)).toList();
            if (!stale.isEmpty()) {
                List<TiktokVideo> queried = tokens.withToken(userId, token -> api.queryVideos(token, stale));
                videos.addAll(queried);
                // The video query answers every id of the account that still exists (and is public).
                Set<String> answered = queried.stream().map(TiktokVideo::id).collect(Collectors.toSet());
                stale.stream().filter(id -> !answered.contains(id)).forEach(gone::add);
            }
        }
        Instant at = clock.instant();
        StatsFetched stats = store.save(userId, user, videos, gone, at);
        return new Fetched(stats, videos.size(), listing.pages(), listing.complete());
    }
}
