package io.trendscout.trend.trends;

import java.time.Instant;
import java.util.List;

/**
 * What the trend reads show about the sources, provided by the sources and the creator panel
 * (they depend on trends, not the other way round).
 */
public interface SourceOverview {

    /** Every source's health. */
    List<SourceHealth> health();

    /** The creators who connected TikTok and feed the panel. */
    record PanelSize(long creators, long videos, Instant lastFetch) {
    }

    /** Provided by the creator panel. */
    interface Panel {
        PanelSize size();
    }
}
