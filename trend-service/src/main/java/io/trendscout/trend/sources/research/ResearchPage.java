package io.trendscout.trend.sources.research;

import java.util.List;

/** One answer of {@code /v2/research/video/query/}. */
record ResearchPage(List<ResearchVideo> videos, long cursor, boolean hasMore, String searchId) {
}
