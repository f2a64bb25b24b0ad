package io.trendscout.tiktok.api;

import java.util.List;

/**
 * Videos read page by page, newest first. {@code complete} is false when paging stopped at the
 * configured bound or because TikTok ended it early (an empty page that still claimed more).
 */
public record VideoListing(List<TiktokVideo> videos, int pages, boolean complete) {
}
